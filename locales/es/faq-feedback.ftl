# Opiniones sobre las respuestas, "¿No es esto?" y la respuesta fuera de tema (src/telegram/faq.rs, faq_feedback.rs).
faq-out-of-scope = Solo ayudo con líneas prepago de celular en Perú (recargas, paquetes, chips, recordatorios), así que eso no lo puedo responder. Elige un tema o pregunta sobre tu línea con otras palabras:
btn-not-this = ¿No es esto? { $title }
faq-missing-ask = ¿Qué te faltó?
btn-reason-wrong-topic = 🎯 Otro tema
btn-reason-outdated = 📅 Desactualizado
btn-reason-unclear = 🤔 No se entiende
faq-missing-comment = Gracias, anotado. Si quieres, escribe en una línea qué buscabas; /cancel para omitirlo.
faq-missing-thanks = Gracias, anotado.
faq-comment-saved = ¡Gracias! Lo leerán quienes mantienen mis respuestas al día.
