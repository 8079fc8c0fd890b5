# The full list of an answer's sources (src/faq/render.rs, src/telegram/faq.rs).
faq-all-sources = 📚 Fuentes de <b>{ $title }</b>, primero las más confiables:
btn-all-sources = 📚 Las { $count } fuentes
