# Feedback on answers, "Not this?" and the out-of-scope reply (src/telegram/faq.rs, faq_feedback.rs).
faq-out-of-scope = I only help with prepaid phone lines in Peru (top-ups, packages, SIMs, reminders), so I can't answer that one. Pick a topic, or ask about your line in other words:
btn-not-this = Not this? { $title }
faq-missing-ask = What was missing?
btn-reason-wrong-topic = 🎯 Wrong topic
btn-reason-outdated = 📅 Outdated
btn-reason-unclear = 🤔 Not clear
faq-missing-comment = Thanks, noted. If you like, write in one line what you were looking for; /cancel to skip.
faq-missing-thanks = Thanks, noted.
faq-comment-saved = Thanks! The people who keep my answers up to date will read it.
