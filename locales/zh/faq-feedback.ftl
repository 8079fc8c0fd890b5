# 对答案的反馈、"不是这个？"按钮和超出范围的回复（src/telegram/faq.rs、faq_feedback.rs）。
faq-out-of-scope = 我只负责秘鲁的预付费手机号（充值、流量包、SIM 卡、到期提醒），这个问题我答不了。选个话题，或者换个说法问问你的手机号：
btn-not-this = 不是这个？{ $title }
faq-missing-ask = 缺了什么？
btn-reason-wrong-topic = 🎯 答非所问
btn-reason-outdated = 📅 信息过时
btn-reason-unclear = 🤔 看不明白
faq-missing-comment = 谢谢，已记下。愿意的话，用一句话写下你想找的内容；发 /cancel 跳过。
faq-missing-thanks = 谢谢，已记下。
faq-comment-saved = 谢谢！负责更新答案的人会看到。
