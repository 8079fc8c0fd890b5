# The full list of an answer's sources (src/faq/render.rs, src/telegram/faq.rs).
faq-all-sources = 📚 Sources for <b>{ $title }</b>, the most authoritative first:
btn-all-sources = 📚 All { $count } sources
