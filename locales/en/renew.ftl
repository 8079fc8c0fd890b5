# Reminders that say what is true when sent, snooze choices, and renewals that ask (issue 8).

## Where an end stands, and moments near now
rel-today-at = today at { $time }
at-today = today at { $time }
at-tomorrow = tomorrow at { $time }
reminder-now = ⏰ Your plan <b>{ $plan }</b> ends right now ({ $when }). Top up now to keep it running.

## Snooze
btn-snooze-hour = ⏰ In 1 hour
btn-snooze-evening = 🌙 This evening, { $time }
btn-snooze-tomorrow = 📅 Tomorrow, { $time }
snooze-ends-first = Your plan ends { $when }, before that reminder could come — top up now.
snooze-ended = Your plan already ended { $when }. Top up to get it back.

## Renew and undo
renew-confirm = 🔄 Renew <b>{ $plan }</b> until { $when }? That's { $days ->
    [one] { $days } day
   *[other] { $days } days
} again, as before.
renew-ask = 🔄 Renew <b>{ $plan }</b>: until when?
    Current end: { $when } — { $relative }. The new length counts from that end (or from today, if it has passed).
btn-renew-save = ✅ Save: { $date }
btn-renew-other = Another length…
btn-renew-same = Same as before ({ $count ->
    [one] { $count } day
   *[other] { $count } days
}) → { $date }
btn-renew-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
} → { $date }
renew-done = 🔄 <b>{ $plan }</b> renewed until { $when } — { $relative }.
    Reminders:
    { $schedule }
    A mistake? Undo works for { $minutes } minutes.
btn-undo = ↩️ Undo
undo-done = ↩️ Undone: <b>{ $plan }</b> ends { $when } again — { $relative }.
    Reminders:
    { $schedule }
undo-too-late = Too late to undo (it works for 10 minutes). Change the date with /renew instead.
