# The guided /add (issue 8): /cancel, waiting lines, expiry, the label step, dates that do not
# exist (echoing what was typed), and free-text reminder requests.
cmd-cancel = Stop what you started (/add, a date change)
month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
when-impossible-day = “{ $typed }” is not a date: { $month } has { $days } days in { $year }.
when-impossible-dom = “{ $typed }” is not a date: no month has a day { $day }.
when-impossible-month = “{ $typed }” is not a date: there is no month { $month }.
flow-date-examples = For example: <code>15/12</code>, <code>the 15th of next month</code>, <code>in 30 days</code>, <code>tomorrow 18:00</code>.
flow-waiting-date = Still waiting for the end date of your { $plan } — type it, e.g. <code>15/12</code>, or /cancel.
flow-waiting-label = Still waiting for a label for your { $plan } — type one (e.g. chip, mamá, work phone), tap Skip, or /cancel.
flow-waiting-fix = Still waiting for the new end date of plan #{ $number } — type it, e.g. <code>15/12</code>, or /cancel.
flow-expired = (Your /add from { $time } expired; start again with /add.)
flow-cancelled = Cancelled your /add for a { $plan }; nothing was saved.
flow-cancelled-other = Cancelled; nothing was changed.
flow-nothing-to-cancel = Nothing to cancel: I'm not waiting for anything from you.
flow-ask-label = { $operator }, ends { $when }. Give it a label so you can tell your plans apart (e.g. chip, mamá, work phone), or tap Skip.
flow-confirm-label = { $operator } “{ $label }”: ends { $when } — { $relative }. Save it?
flow-request-confirm = Save a reminder: your { $plan } ends { $when } ({ $relative })?
btn-skip = ⏭ Skip
btn-change-date = 📅 Change date
flow-plan-of = { $operator } plan
flow-plan-any = plan
