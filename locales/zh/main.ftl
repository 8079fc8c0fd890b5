# recarga — 简体中文。
# 消息以 Telegram HTML 发送：< > & 要写成 &lt; &gt; &amp;。

## /start 和 /help
start-greeting = { $name }，你好！我是 <b>recarga</b>。
start-what =
    我解答秘鲁预付费手机卡（Claro、Movistar、Entel、Bitel）充值续费的问题。
    还会在你的套餐或流量包到期前提醒你。
start-faq-ready = 直接输入你的问题就行，中文、西班牙语或英语都可以。
help-title = <b>我能做什么</b>
help-footer = 用你自己的话输入任何充值问题，或者点按钮。
help-groups = 在群里请这样写命令：/命令@{ $bot }。

## 命令菜单（Telegram 的“/”列表）和 /help 的每一行
cmd-start = 开始，看看我能做什么
cmd-help = 查看命令列表
cmd-lang = 切换语言
cmd-faq = 浏览我能回答的问题
cmd-add = 记下套餐到期日
cmd-plans = 你的套餐和提醒
cmd-renew = 续期套餐
cmd-del = 删除套餐
cmd-leads = 什么时候提醒你
cmd-remindat = 每天提醒的时间
cmd-tz = 你的时区

## 按钮
btn-language = 🌐 语言
btn-faq = ❓ 提问
btn-add-plan = ⏰ 添加套餐
btn-back = ⬅️ 返回

## /lang
lang-choose = 请选择语言：
lang-set = 好的：以后我用简体中文和你说话。
lang-unknown = 我不认识“{ $code }”这种语言。请发送 /lang zh、/lang es 或 /lang en，或点按钮。

## 看不懂的内容
unknown-command = 我不认识 { $command } 这个命令。发送 /help 看看我能做什么。
unsupported-update = 我只能读文字消息。请输入你的问题，或发送 /help。
error-generic = 抱歉，我这边出了点问题。请过一分钟再试。

## 语言系统的测试用
test-days = { $count ->
    [one] { $count } 天
   *[other] { $count } 天
}

## 常见问题
faq-sources = 来源：{ $links }
faq-checked = 信息最后核实于：{ $date }
faq-suggest = 我不太确定理解对了。你是想问下面这些吗？
faq-none = 这个问题我暂时还答不上来；已经把你的问题记下来，交给负责更新答案的人。选个话题，或者换个说法再问：
faq-browse = 选个话题：
faq-category = <b>{ $category }</b> — 选个问题：
faq-helpful-thanks = 谢谢你的反馈！
smalltalk-greeting = 你好！秘鲁预付费手机卡充值的问题尽管问我，比如“Claro 怎么充值？”，也可以发送 /faq 浏览话题。
smalltalk-thanks = 不客气！手机卡还有什么问题，尽管问。
smalltalk-other = 我是 recarga：解答秘鲁预付费手机卡的问题，还会在你的套餐到期前提醒你。发送 /help 看看我能做什么。
faq-reloaded = 知识库已重新加载：共 { $count } 个话题。
faq-reload-failed = 新的知识库有问题，所以我继续用旧的：
faq-reload-embedded = 这个机器人用的是内置知识库；设置 RECARGA_FAQ_DIR 才能从文件重新加载。
btn-browse = 📚 浏览话题
btn-helpful = 👍 有帮助
btn-not-helpful = 👎 没帮助

## 套餐和提醒
operator-other = 其他
rel-ended = 正在到期
rel-days = { $count ->
    [one] { $count } 天后
   *[other] { $count } 天后
}
rel-hours = { $count ->
    [one] { $count } 小时后
   *[other] { $count } 小时后
}
rel-minutes = { $count ->
    [one] { $count } 分钟后
   *[other] { $count } 分钟后
}
lead-snooze = 延后的提醒
lead-at-end = 到期时
lead-days = { $count ->
    [0] 到期当天
    [one] 提前 { $count } 天
   *[other] 提前 { $count } 天
}
lead-hours = { $count ->
    [one] 提前 { $count } 小时
   *[other] 提前 { $count } 小时
}
lead-minutes = { $count ->
    [one] 提前 { $count } 分钟
   *[other] 提前 { $count } 分钟
}
plan-no-reminders = 没有待发的提醒
reminder-text = ⏰ 你的套餐 <b>{ $plan }</b> 将于 { $when } 到期 — { $relative }。趁还没用完，记得充值。
reminder-late = （这条提醒发晚了：原定 { $due } 发送，当时我不在线。）
btn-how-to-topup = ❓ { $operator } 怎么充值
btn-renewed = ✅ 已续费
add-label-too-long = 备注太长了：最多 { $max } 个字符。
add-examples = 例如：<code>/add 31/12</code>、<code>/add +30d claro</code>、<code>/add 2026-12-31 18:00 movistar chip</code>、<code>/add 明天 entel</code>。
when-empty = 告诉我套餐什么时候到期。
when-unrecognized = 我看不懂“{ $word }”这个日期。
when-bad-time = “{ $time }”不是有效的时间；请用 24 小时制 HH:MM，比如 18:00。
when-in-past = 这个时间已经过去了；请给一个将来的日期。
when-too-far = 那是 5 年以后了；请检查一下年份。
del-usage = 哪个套餐？发送 <code>/del 3</code>，编号见 /plans。
renew-usage = 哪个套餐？发送 <code>/renew 3</code>（保存前会先给你看新的到期日）或 <code>/renew 3 31/12</code>。编号见 /plans。
plan-not-found = 你没有 #{ $number } 号套餐。用 /plans 查看你的套餐。
settings-saved = 已保存。待发的提醒已重新安排。
settings-summary = 提醒：{ $leads }。按天的提醒在 { $remindat } 发送。时区：{ $zone }。
leads-usage = 设置所有套餐的提醒时间：<code>/leads 3d,1d,0</code>（提前几天；0 = 到期当天，在你设定的提醒时间）或 <code>/leads 2h,30m</code>（提前几小时、几分钟）。加上 <code>到期</code> 可在到期那一刻再提醒一次。
remindat-usage = 设置按天提醒在几点发送：<code>/remindat 09:00</code>。
tz-usage = 用城市或国家设置时区：<code>/tz 利马</code>、<code>/tz 北京时间</code>、<code>/tz 伦敦</code>，或像 <code>/tz UTC-5</code> 这样的时差。
leads-empty = 请至少给一个提醒时间。
leads-bad = “{ $item }”不是有效的提醒时间；请用 3d、12h、30m 或 0 这样的格式。
leads-too-long = “{ $item }”太早了：最多提前 60 天。
leads-too-many = 你设了 { $count } 个提醒时间；最多 6 个。
tz-unknown = 我不认识“{ $zone }”这个时区。
plan-saved = ✅ 套餐 <b>{ $plan }</b>
    到期：{ $when } — { $relative }
    提醒：
    { $schedule }
btn-fix-date = ✏️ 改日期
btn-delete = 🗑 删除
plans-empty = 你还没有套餐。用 <code>/add 31/12 claro</code> 或按钮添加一个吧。
plans-title = <b>你的套餐</b>
plans-line = <b>{ $plan }</b>
    到期：{ $when } — { $relative }
    下次提醒：{ $next }
btn-renew-n = 🔄 续期 #{ $number }
btn-delete-n = 🗑 删除 #{ $number }
btn-calendar = 📅 日历文件（.ics）
del-confirm = 删除套餐 <b>{ $plan }</b> 及其提醒？
btn-yes-delete = 🗑 是的，删除
btn-keep = 保留
del-kept = 好的，什么都没删。
del-done = 套餐 #{ $number } 已删除。
add-pick-operator = 这个套餐是哪家运营商的？
add-pick-duration = { $operator }：还有多久到期？
add-type-date = 输入到期日期，比如 <code>31/12</code>、<code>31/12 18:00</code> 或 <code>+30d</code>。
add-confirm = { $operator }：{ $when } 到期 — { $relative }。要保存吗？
add-cancelled = 已取消，什么都没保存。
btn-days = { $count ->
    [one] { $count } 天
   *[other] { $count } 天
}
btn-other-date = 📅 其他日期
btn-save = ✅ 保存
btn-cancel = ✖ 取消
fix-type-date = 输入套餐 #{ $number } 的新到期日期，比如 <code>31/12</code> 或 <code>31/12 18:00</code>。
snoozed = 好的，我会在{ $when }再提醒你。
calendar-caption = 你的套餐到期日：打开这个文件，就能把它们加进手机日历。
calendar-summary = 套餐 { $plan } 到期
