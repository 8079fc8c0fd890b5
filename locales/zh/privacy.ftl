# /export 和 /forget：用户的数据属于用户自己。
cmd-export = 导出关于你的全部数据（文件）
cmd-forget = 删除关于你的全部数据
export-caption = recarga 保存的关于你的全部数据：设置、套餐、号码、提醒、你问过的问题和你的评价。时间为 Unix 秒（UTC）。
forget-confirm = 要删除 recarga 保存的关于你的全部数据吗？包括 { $plans } 个套餐、{ $lines } 个号码、{ $reminders } 条提醒、{ $questions } 条问题记录、{ $feedback } 条评价和原因，以及你的语言、时区和提醒设置。删除后无法恢复：如需保留副本，请先发送 /export。
btn-forget-yes = 🗑 全部删除
btn-forget-no = 保留我的数据
forget-done = 已完成：关于你的数据已全部删除，不会再收到提醒。如果你再发消息，我会从头开始。
forget-kept = 没有删除任何内容。
