# 用文字显示的设置、按城市名设时区、/settings 页面和 /menu（issue 8，helper C）。

## 命令菜单
cmd-menu = 主菜单：提问、添加套餐、我的套餐、设置
cmd-settings = 语言、时区和提醒

## /menu 和 /start
menu-title = 你想做什么？
btn-my-plans = 📋 我的套餐
btn-settings = ⚙️ 设置
btn-menu = « 菜单
btn-back-page = « 返回

## 用文字说提醒时间：“3天前、1天前和当天”。
leads-item-days = { $count }天前
leads-item-hours = { $count }小时前
leads-item-minutes = { $count }分钟前
leads-short-days = { $count }天前
leads-short-hours = { $count }小时前
leads-short-minutes = { $count }分钟前
leads-on-the-day = 当天
leads-when-it-ends = 到期时
leads-list-more = { $head }、{ $item }
leads-list-last = { $head }和{ $item }
leads-none = 不提醒

## /settings 页面和各个子页面
lang-name = 中文
settings-page =
    <b>⚙️ 设置</b>
    🌐 语言：{ $lang }
    🕒 时区：{ $zone }
    ⏰ 提醒：{ $leads }
    🔔 按天提醒的时间：{ $remindat }
settings-page-hint = 点一下你想改的项目。
settings-done = ✅ { $what }
btn-set-lang = 🌐 语言
btn-set-zone = 🕒 时区
btn-set-leads = ⏰ 提醒
btn-set-remindat = 🔔 提醒时间
settings-lang-choose = 现在的语言：{ $lang }。请选择：
settings-zone-choose = 现在的时区：<b>{ $zone }</b>。点一个，或输入城市或时差：<code>/tz 北京时间</code>、<code>/tz 利马</code>、<code>/tz UTC+8</code>。
settings-leads-choose = 现在的提醒：<b>{ $leads }</b>。点一个，或自己输入：<code>/leads 5d,1d,0</code>（提前几天）或 <code>/leads 2h,30m</code>（提前几小时、几分钟）。
settings-remindat-choose = 按天的提醒现在在 <b>{ $remindat }</b> 发送。点一个时间，或输入别的：<code>/remindat 07:30</code>。

## 按名字设时区
tz-did-you-mean = 我不认识“{ $zone }”这个时区。你是说{ $first }吗？
tz-examples = 请输入城市或国家，比如 <code>/tz 利马</code>、<code>/tz 北京时间</code>、<code>/tz 伦敦</code>，或像 <code>/tz UTC-5</code> 这样的时差；也可以点一个：
tz-offset-range = “{ $zone }”超出了所有时区：时差在 UTC−14 到 UTC+14 之间。
tz-peru-note = ℹ️ 运营商按秘鲁时间（{ $peru }）计算套餐到期。我用{ $zone }显示日期，并按秘鲁时间准时提醒你。
btn-menu-line = 📱 保住我的号码
