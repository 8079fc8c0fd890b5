# /export and /forget: people's data is theirs.
cmd-export = Get everything stored about you, as a file
cmd-forget = Delete everything stored about you
export-caption = Everything recarga stores about you: your settings, plans, lines, reminders, the questions you asked and your votes. Times are Unix seconds (UTC).
forget-confirm = Delete everything recarga stores about you? That is { $plans ->
    [one] 1 plan
   *[other] { $plans } plans
}, { $lines ->
    [one] 1 line
   *[other] { $lines } lines
}, { $reminders ->
    [one] 1 reminder
   *[other] { $reminders } reminders
}, { $questions ->
    [one] 1 logged question
   *[other] { $questions } logged questions
}, { $feedback ->
    [one] 1 vote or reason
   *[other] { $feedback } votes and reasons
}, and your language, time zone and reminder settings. It cannot be undone: send /export first to keep a copy.
btn-forget-yes = 🗑 Delete everything
btn-forget-no = Keep my data
forget-done = Done: everything about you is deleted, and no reminder will come. If you write again, I start afresh.
forget-kept = Nothing was deleted.
