## 提醒按发出那一刻的实际情况来说（发晚了的提醒说套餐现在的状态）
rel-seconds = { $count } 秒后
rel-seconds-ago = { $count } 秒前
rel-minutes-ago = { $count } 分钟前
rel-hours-ago = { $count } 小时前
rel-days-ago = { $count } 天前
reminder-ended = ⏰ 你的套餐 <b>{ $plan }</b> 已于 { $when } 到期 — { $relative }。充值即可恢复使用。
