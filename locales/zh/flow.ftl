# 引导式 /add（issue 8）：/cancel、等待提示、超时、标签步骤、不存在的日期（原样复述用户输入）、
# 以及自由文本的提醒请求。
cmd-cancel = 取消正在进行的操作（/add、改日期）
month-name = { $month ->
   *[other] { $month }月
}
when-impossible-day = “{ $typed }”不是有效日期：{ $year }年{ $month }只有 { $days } 天。
when-impossible-dom = “{ $typed }”不是有效日期：没有哪个月有 { $day } 号。
when-impossible-month = “{ $typed }”不是有效日期：没有 { $month } 月。
flow-date-examples = 例如：<code>15/12</code>、<code>下个月15号</code>、<code>30天后</code>、<code>明天 18:00</code>。
flow-waiting-date = 还在等你的{ $plan }的到期日期——直接输入，比如 <code>15/12</code>，或者 /cancel 取消。
flow-waiting-label = 还在等你给{ $plan }起个标签——直接输入（比如 chip、妈妈、工作手机），点“跳过”，或者 /cancel 取消。
flow-waiting-fix = 还在等套餐 #{ $number } 的新到期日期——直接输入，比如 <code>15/12</code>，或者 /cancel 取消。
flow-expired = （你 { $time } 开始的 /add 已超时，请用 /add 重新开始。）
flow-cancelled = 已取消{ $plan }的 /add，什么都没保存。
flow-cancelled-other = 已取消，什么都没改。
flow-nothing-to-cancel = 没有可取消的操作：我现在没在等你回复什么。
flow-ask-label = { $operator }，{ $when } 到期。给它起个标签，方便区分你的套餐（比如 chip、妈妈、工作手机），或者点“跳过”。
flow-confirm-label = { $operator }“{ $label }”：{ $when } 到期 — { $relative }。要保存吗？
flow-request-confirm = 要保存提醒吗？你的{ $plan }将于 { $when } 到期（{ $relative }）。
btn-skip = ⏭ 跳过
btn-change-date = 📅 改日期
flow-plan-of = { $operator } 套餐
flow-plan-any = 套餐
