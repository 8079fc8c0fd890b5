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
not-admin = 这个命令只供机器人的运营者使用。

## 语言系统的测试用
test-days = { $count ->
    [one] { $count } 天
   *[other] { $count } 天
}
