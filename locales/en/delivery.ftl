## Reminders as true at the moment they are sent (a late one says where the plan stands now)
rel-seconds = in { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
rel-seconds-ago = { $count ->
    [one] { $count } second ago
   *[other] { $count } seconds ago
}
rel-minutes-ago = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
rel-hours-ago = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
rel-days-ago = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
reminder-ended = ⏰ Your plan <b>{ $plan }</b> ended { $when } — { $relative }. Top up to get it back.
