button-expired = 此按钮已失效。
plans-page = 第 { $page }/{ $pages } 页
btn-page-previous = ◀
btn-page-next = ▶
plans-too-many = 你已有 { $max } 个套餐，这是我能保存的上限。请先删除一个不再需要的（/plans 或 <code>/del 3</code>），再添加这个。
plan-gone = 该套餐已不存在。用 /plans 查看你的套餐。
flood-slow-down = 你发消息太快了，我来不及好好回答。请等一分钟再问。
