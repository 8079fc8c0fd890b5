# recarga — español.
# Los mensajes se envían como HTML de Telegram: escribe < > & como &lt; &gt; &amp;.

## /start y /help
start-greeting = ¡Hola, { $name }! Soy <b>recarga</b>.
start-what =
    Respondo preguntas sobre recargas de líneas prepago en Perú (Claro, Movistar, Entel, Bitel).
    Y te aviso antes de que se acabe tu plan o paquete.
start-faq-ready = Escribe tu pregunta, en español, inglés o chino.
help-title = <b>Lo que puedo hacer</b>
help-footer = Escribe cualquier pregunta sobre recargas con tus palabras, o toca un botón.
help-groups = En un grupo, escribe los comandos como /comando@{ $bot }.

## El menú de comandos (la lista "/" de Telegram) y las líneas de /help
cmd-start = Empezar y ver qué hago
cmd-help = Ver los comandos
cmd-lang = Cambiar el idioma
cmd-faq = Ver las preguntas que respondo
cmd-add = Recordar cuándo vence un plan
cmd-plans = Tus planes y recordatorios
cmd-renew = Renovar un plan
cmd-del = Borrar un plan
cmd-leads = Cuándo avisarte
cmd-remindat = Hora de los recordatorios
cmd-tz = Tu zona horaria

## Botones
btn-language = 🌐 Idioma
btn-faq = ❓ Hacer una pregunta
btn-add-plan = ⏰ Agregar un plan
btn-back = ⬅️ Volver

## /lang
lang-choose = Elige tu idioma:
lang-set = Listo: te hablaré en español.
lang-unknown = No conozco el idioma «{ $code }». Envía /lang zh, /lang es o /lang en, o toca un botón.

## Lo que no entiendo
unknown-command = No conozco el comando { $command }. Envía /help para ver lo que puedo hacer.
unsupported-update = Solo puedo leer mensajes de texto. Escribe tu pregunta o envía /help.
error-generic = Lo siento, algo falló de mi lado. Inténtalo de nuevo en un minuto.
not-admin = Este comando es para quienes operan el bot.

## Para las pruebas del sistema de idiomas
test-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
