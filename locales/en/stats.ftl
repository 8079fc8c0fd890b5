# /stats, for the bot's operators (src/telegram/stats.rs). HTML; numbers are counts.
stats-title = 📊 <b>recarga: the figures</b>
stats-users = 👤 <b>Users</b>: { $total } · active in 7 days: { $week } · in 30 days: { $month } · blocked the bot: { $blocked }
stats-plans = 📅 <b>Plans</b>: { $plans } · <b>lines</b>: { $lines }
stats-reminders = ⏰ <b>Reminders</b> (late: sent more than { $late } s after due; failed: due, not sent, after a refused attempt or to a user who blocked the bot)
stats-reminders-day = Last 24 h: sent { $sent }, late { $late }, failed { $failed }
stats-reminders-week = Last 7 days: sent { $sent }, late { $late }, failed { $failed }
stats-faq = ❓ <b>Questions, last 7 days</b>: { $total }
stats-faq-answered = Answered: { $count } ({ $share }%)
stats-faq-suggested = Suggested (“Not this?”): { $count } ({ $share }%)
stats-faq-unanswered = Unanswered: { $count } ({ $share }%)
stats-unanswered = 🔍 <b>Most asked without an answer, 30 days</b>
stats-unanswered-none = None.
stats-unanswered-item = { $count } × { $question }
stats-feedback = 👍 { $up } · 👎 { $down } in 30 days; why 👎: { $reasons }
