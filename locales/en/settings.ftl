# Settings in words, zones by name, the /settings page and the /menu (issue 8, helper C).

## The command menu
cmd-menu = Main menu: ask, add a plan, my plans, settings
cmd-settings = Language, time zone and reminders

## /menu and /start
menu-title = What would you like to do?
btn-my-plans = 📋 My plans
btn-settings = ⚙️ Settings
btn-menu = « Menu
btn-back-page = « Back

## Leads in words: "3 days, 1 day before and on the day". An item followed by another
## "before" item takes the short form ("3 days"); the last of a run says "before".
leads-item-days = { $count ->
    [one] { $count } day before
   *[other] { $count } days before
}
leads-item-hours = { $count ->
    [one] { $count } hour before
   *[other] { $count } hours before
}
leads-item-minutes = { $count ->
    [one] { $count } minute before
   *[other] { $count } minutes before
}
leads-short-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
leads-short-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
leads-short-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
leads-on-the-day = on the day
leads-when-it-ends = when it ends
leads-list-more = { $head }, { $item }
leads-list-last = { $head } and { $item }
leads-none = no reminders

## The /settings page and its sub-screens
lang-name = English
settings-page =
    <b>⚙️ Settings</b>
    🌐 Language: { $lang }
    🕒 Time zone: { $zone }
    ⏰ Reminders: { $leads }
    🔔 Day reminders at: { $remindat }
settings-page-hint = Tap what you want to change.
settings-done = ✅ { $what }
btn-set-lang = 🌐 Language
btn-set-zone = 🕒 Time zone
btn-set-leads = ⏰ Reminders
btn-set-remindat = 🔔 Time of day
settings-lang-choose = Language now: { $lang }. Choose:
settings-zone-choose = Time zone now: <b>{ $zone }</b>. Pick one, or type a city or an offset: <code>/tz London</code>, <code>/tz 北京时间</code>, <code>/tz UTC-5</code>.
settings-leads-choose = Reminders now: <b>{ $leads }</b>. Pick one, or type your own: <code>/leads 5d,1d,0</code> (days before) or <code>/leads 2h,30m</code> (hours, minutes before).
settings-remindat-choose = Day reminders now at <b>{ $remindat }</b>. Pick a time, or type another: <code>/remindat 07:30</code>.

## Zones by name
tz-did-you-mean = I don't know the time zone “{ $zone }”. Did you mean { $first }?
tz-examples = Type a city or a country, e.g. <code>/tz Lima</code>, <code>/tz London</code>, <code>/tz New York</code>, or an offset like <code>/tz UTC-5</code>; or tap one:
tz-offset-range = “{ $zone }” is beyond any time zone: offsets go from UTC−14 to UTC+14.
tz-peru-note = ℹ️ Operators count your plan's end in Peru time ({ $peru }). I show your dates in { $zone } and remind you on time for Peru.
btn-menu-line = 📱 Keep my number
