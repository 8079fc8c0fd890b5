# recarga — English (the reference locale: every other locale has exactly these keys).
# Messages are sent as Telegram HTML: keep < > & escaped as &lt; &gt; &amp;.

## /start and /help
start-greeting = Hi { $name }! I'm <b>recarga</b>.
start-what =
    I answer questions about topping up prepaid lines in Peru (Claro, Movistar, Entel, Bitel).
    And I remind you before your plan or package runs out.
start-faq-ready = Just type your question, in English, Spanish or Chinese.
help-title = <b>What I can do</b>
help-footer = Type any question about top-ups in your own words, or tap a button.
help-groups = In a group, write commands as /command@{ $bot }.

## The command menu (Telegram's "/" list) and /help lines
cmd-start = Start and show what I do
cmd-help = List the commands
cmd-lang = Change the language
cmd-faq = Browse the questions I can answer
cmd-add = Remember when a plan ends
cmd-plans = Your plans and reminders
cmd-renew = Renew a plan
cmd-del = Delete a plan
cmd-leads = When to remind you
cmd-remindat = Time of day for reminders
cmd-tz = Your time zone

## Buttons
btn-language = 🌐 Language
btn-faq = ❓ Ask a question
btn-add-plan = ⏰ Add a plan
btn-back = ⬅️ Back

## /lang
lang-choose = Choose your language:
lang-set = Done: I'll speak English with you.
lang-unknown = I don't know the language “{ $code }”. Send /lang zh, /lang es or /lang en, or tap a button.

## Things I don't understand
unknown-command = I don't know the command { $command }. Send /help to see what I can do.
unsupported-update = I can only read text messages. Type your question, or send /help.
error-generic = Sorry, something went wrong on my side. Please try again in a minute.

## Used by tests of the locale machinery
test-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

## FAQ
faq-sources = Sources: { $links }
faq-checked = Facts last checked: { $date }
faq-suggest = I'm not sure I understood. Did you mean one of these?
faq-none = I don't have an answer to that yet; I've noted your question for the people who keep my answers up to date. Pick a topic, or ask in other words:
faq-browse = Pick a topic:
faq-category = <b>{ $category }</b> — pick a question:
faq-helpful-thanks = Thanks for the feedback!
smalltalk-greeting = Hi! Ask me anything about topping up a prepaid line in Peru, e.g. “how do I top up Claro?”, or send /faq to browse.
smalltalk-thanks = You're welcome! Anything else about your line, just ask.
smalltalk-other = I'm recarga: I answer questions about prepaid lines in Peru and remind you before your plan ends. Send /help to see what I can do.
faq-reloaded = Knowledge base reloaded: { $count } topics.
faq-reload-failed = The new knowledge base has problems, so I kept the old one:
faq-reload-embedded = This bot runs on its built-in knowledge base; set RECARGA_FAQ_DIR to reload from files.
btn-browse = 📚 Browse topics
btn-helpful = 👍 Helpful
btn-not-helpful = 👎 Not helpful

## Plans and reminders
operator-other = Other
rel-ended = ending right now
rel-days = in { $count ->
    [one] { $count } day
   *[other] { $count } days
}
rel-hours = in { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
rel-minutes = in { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
lead-snooze = snoozed reminder
lead-at-end = when it ends
lead-days = { $count ->
    [0] on the day it ends
    [one] { $count } day before
   *[other] { $count } days before
}
lead-hours = { $count ->
    [one] { $count } hour before
   *[other] { $count } hours before
}
lead-minutes = { $count ->
    [one] { $count } minute before
   *[other] { $count } minutes before
}
plan-no-reminders = no reminders left
reminder-text = ⏰ Your plan <b>{ $plan }</b> ends { $when } — { $relative }. Top up before it runs out.
reminder-late = (Sent late: it was due { $due }, while I was offline.)
btn-how-to-topup = ❓ How to top up { $operator }
btn-renewed = ✅ Renewed
add-label-too-long = That label is too long: { $max } characters at most.
add-examples = Examples: <code>/add 31/12</code>, <code>/add +30d claro</code>, <code>/add 2026-12-31 18:00 movistar chip</code>, <code>/add mañana entel</code>.
when-empty = Tell me when the plan ends.
when-unrecognized = I couldn't read “{ $word }” as a date.
when-bad-time = “{ $time }” isn't a time of day; use 24-hour HH:MM, e.g. 18:00.
when-in-past = That moment has already passed; give a date in the future.
when-too-far = That's more than 5 years away; check the year.
del-usage = Which plan? Send <code>/del 3</code> with the number from /plans.
renew-usage = Which plan? Send <code>/renew 3</code> (I show the new end before saving) or <code>/renew 3 31/12</code>. The numbers are in /plans.
plan-not-found = You have no plan #{ $number }. See your plans with /plans.
settings-saved = Saved. Your pending reminders were rescheduled.
settings-summary = Reminders: { $leads }. Day reminders at { $remindat }. Time zone: { $zone }.
leads-usage = Set when I remind you, for all your plans: <code>/leads 3d,1d,0</code> (days before; 0 = on the day it ends, at your reminder time) or <code>/leads 2h,30m</code> (hours, minutes before). Add <code>end</code> to be reminded at the very moment it ends.
remindat-usage = Set the time of day for day reminders: <code>/remindat 09:00</code>.
tz-usage = Set your time zone by city or country: <code>/tz Lima</code>, <code>/tz London</code>, <code>/tz 北京时间</code>, or an offset like <code>/tz UTC-5</code>.
leads-empty = Give at least one reminder time.
leads-bad = “{ $item }” isn't a reminder time; use e.g. 3d, 12h, 30m or 0.
leads-too-long = “{ $item }” is too far ahead: at most 60 days before.
leads-too-many = That's { $count } reminder times; 6 at most.
tz-unknown = I don't know the time zone “{ $zone }”.
plan-saved = ✅ Plan <b>{ $plan }</b>
    Ends: { $when } — { $relative }
    Reminders:
    { $schedule }
btn-fix-date = ✏️ Change date
btn-delete = 🗑 Delete
plans-empty = You have no plans yet. Add one with <code>/add 31/12 claro</code> or the button.
plans-title = <b>Your plans</b>
plans-line = <b>{ $plan }</b>
    ends { $when } — { $relative }
    next reminder: { $next }
btn-renew-n = 🔄 Renew #{ $number }
btn-delete-n = 🗑 Delete #{ $number }
btn-calendar = 📅 Calendar file (.ics)
del-confirm = Delete plan <b>{ $plan }</b> and its reminders?
btn-yes-delete = 🗑 Yes, delete
btn-keep = Keep it
del-kept = OK, nothing was deleted.
del-done = Plan #{ $number } deleted.
add-pick-operator = Which operator is the plan with?
add-pick-duration = { $operator }: how long until it ends?
add-type-date = Type the end date, e.g. <code>31/12</code>, <code>31/12 18:00</code> or <code>+30d</code>.
add-confirm = { $operator }: ends { $when } — { $relative }. Save it?
add-cancelled = Cancelled; nothing was saved.
btn-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
btn-other-date = 📅 Another date
btn-save = ✅ Save
btn-cancel = ✖ Cancel
fix-type-date = Type the new end date for plan #{ $number }, e.g. <code>31/12</code> or <code>31/12 18:00</code>.
snoozed = OK, I'll remind you { $when }.
calendar-caption = Your plans' end dates: open this file to add them to your phone's calendar.
calendar-summary = Plan { $plan } ends
