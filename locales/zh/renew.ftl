# 提醒内容以发送时为准、稍后提醒的选项，以及续期前先确认（issue 8）。

## 到期时间的说法，以及临近的时刻
rel-today-at = 今天 { $time }
at-today = 今天 { $time }
at-tomorrow = 明天 { $time }
reminder-now = ⏰ 你的套餐 <b>{ $plan }</b> 现在到期（{ $when }）。马上充值，就不会断。

## 稍后提醒
btn-snooze-hour = ⏰ 1 小时后
btn-snooze-evening = 🌙 今晚 { $time }
btn-snooze-tomorrow = 📅 明天 { $time }
snooze-ends-first = 你的套餐{ $when }就到期了，等不到那次提醒——现在就充值吧。
snooze-ended = 你的套餐已于{ $when }到期。充值即可恢复。

## 续期和撤销
renew-confirm = 🔄 把 <b>{ $plan }</b> 续期到 { $when }？和上次一样，再续 { $days } 天。
renew-ask = 🔄 续期 <b>{ $plan }</b>：续到什么时候？
    当前到期时间：{ $when } — { $relative }。新的天数从这个到期时间算起（如果已经过了，就从今天算起）。
btn-renew-save = ✅ 保存：{ $date }
btn-renew-other = 换个时长…
btn-renew-same = 和上次一样（{ $count } 天）→ { $date }
btn-renew-days = { $count } 天 → { $date }
renew-done = 🔄 <b>{ $plan }</b> 已续期到 { $when } — { $relative }。
    提醒：
    { $schedule }
    弄错了？{ $minutes } 分钟内可以撤销。
btn-undo = ↩️ 撤销
undo-done = ↩️ 已撤销：<b>{ $plan }</b> 恢复为 { $when } 到期 — { $relative }。
    提醒：
    { $schedule }
undo-too-late = 已超过 10 分钟，无法撤销。请用 /renew 修改日期。
