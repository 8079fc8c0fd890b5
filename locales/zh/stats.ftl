# /stats，供机器人的运营者使用（src/telegram/stats.rs）。HTML；数字都是计数。
stats-title = 📊 <b>recarga 数据</b>
stats-users = 👤 <b>用户</b>：{ $total } · 7 天内活跃：{ $week } · 30 天内：{ $month } · 已屏蔽机器人：{ $blocked }
stats-plans = 📅 <b>套餐</b>：{ $plans } · <b>号码</b>：{ $lines }
stats-reminders = ⏰ <b>提醒</b>（迟到：比预定时间晚 { $late } 秒以上才发出；失败：已到期但未发出，因为发送被拒绝或用户屏蔽了机器人）
stats-reminders-day = 最近 24 小时：已发送 { $sent }，迟到 { $late }，失败 { $failed }
stats-reminders-week = 最近 7 天：已发送 { $sent }，迟到 { $late }，失败 { $failed }
stats-faq = ❓ <b>最近 7 天的问题</b>：{ $total }
stats-faq-answered = 已回答：{ $count }（{ $share }%）
stats-faq-suggested = 给出建议（“不是这个？”）：{ $count }（{ $share }%）
stats-faq-unanswered = 未回答：{ $count }（{ $share }%）
stats-unanswered = 🔍 <b>30 天内最常见的未回答问题</b>
stats-unanswered-none = 没有。
stats-unanswered-item = { $count } × { $question }
stats-feedback = 30 天内 👍 { $up } · 👎 { $down }；👎 的原因：{ $reasons }
