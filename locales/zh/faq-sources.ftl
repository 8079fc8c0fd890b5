# The full list of an answer's sources (src/faq/render.rs, src/telegram/faq.rs).
faq-all-sources = 📚 <b>{ $title }</b>的全部来源（最权威的在前）：
btn-all-sources = 📚 全部 { $count } 个来源
