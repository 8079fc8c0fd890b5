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

## Para las pruebas del sistema de idiomas
test-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}

## Preguntas frecuentes
faq-sources = Fuentes: { $links }
faq-checked = Datos revisados por última vez: { $date }
faq-suggest = No estoy seguro de haberte entendido. ¿Quisiste decir alguna de estas?
faq-none = Todavía no tengo respuesta para eso; anoté tu pregunta para quienes mantienen mis respuestas al día. Elige un tema o pregúntalo con otras palabras:
faq-browse = Elige un tema:
faq-category = <b>{ $category }</b> — elige una pregunta:
faq-helpful-thanks = ¡Gracias por tu opinión!
smalltalk-greeting = ¡Hola! Pregúntame lo que quieras sobre recargar una línea prepago en Perú, por ejemplo «¿cómo recargo Claro?», o envía /faq para ver los temas.
smalltalk-thanks = ¡De nada! Cualquier otra cosa sobre tu línea, solo pregúntame.
smalltalk-other = Soy recarga: respondo preguntas sobre líneas prepago en Perú y te aviso antes de que venza tu plan. Envía /help para ver lo que puedo hacer.
faq-reloaded = Base de conocimiento actualizada: { $count } temas.
faq-reload-failed = La nueva base de conocimiento tiene problemas, así que me quedé con la anterior:
faq-reload-embedded = Este bot usa su base de conocimiento integrada; configura RECARGA_FAQ_DIR para volver a cargarla desde archivos.
btn-browse = 📚 Ver temas
btn-helpful = 👍 Me sirvió
btn-not-helpful = 👎 No me sirvió

## Planes y recordatorios
operator-other = Otro
rel-ended = vence ahora mismo
rel-days = en { $count ->
    [one] { $count } día
   *[other] { $count } días
}
rel-hours = en { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
rel-minutes = en { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
lead-snooze = recordatorio pospuesto
lead-at-end = al vencer
lead-days = { $count ->
    [0] el día que vence
    [one] { $count } día antes
   *[other] { $count } días antes
}
lead-hours = { $count ->
    [one] { $count } hora antes
   *[other] { $count } horas antes
}
lead-minutes = { $count ->
    [one] { $count } minuto antes
   *[other] { $count } minutos antes
}
plan-no-reminders = no quedan recordatorios
reminder-text = ⏰ Tu plan <b>{ $plan }</b> vence el { $when } — { $relative }. Recarga antes de que se acabe.
reminder-late = (Enviado con retraso: tocaba el { $due }, mientras yo estaba desconectado).
btn-how-to-topup = ❓ Cómo recargar { $operator }
btn-renewed = ✅ Ya renové
add-label-too-long = Esa etiqueta es muy larga: { $max } caracteres como máximo.
add-examples = Ejemplos: <code>/add 31/12</code>, <code>/add +30d claro</code>, <code>/add 2026-12-31 18:00 movistar chip</code>, <code>/add mañana entel</code>.
when-empty = Dime cuándo vence el plan.
when-unrecognized = No pude leer «{ $word }» como una fecha.
when-bad-time = «{ $time }» no es una hora del día; usa el formato de 24 horas HH:MM, por ejemplo 18:00.
when-in-past = Ese momento ya pasó; dame una fecha futura.
when-too-far = Eso es dentro de más de 5 años; revisa el año.
del-usage = ¿Qué plan? Envía <code>/del 3</code> con el número que aparece en /plans.
renew-usage = ¿Qué plan? Envía <code>/renew 3</code> (te muestro la nueva fecha antes de guardar) o <code>/renew 3 31/12</code>. Los números están en /plans.
plan-not-found = No tienes el plan #{ $number }. Mira tus planes con /plans.
settings-saved = Guardado. Reprogramé tus recordatorios pendientes.
settings-summary = Recordatorios: { $leads }. Los de días antes llegan a las { $remindat }. Zona horaria: { $zone }.
leads-usage = Elige cuándo te aviso, para todos tus planes: <code>/leads 3d,1d,0</code> (días antes; 0 = el día que vence, a tu hora de aviso) o <code>/leads 2h,30m</code> (horas, minutos antes). Añade <code>fin</code> para que te avise en el momento exacto en que vence.
remindat-usage = Elige a qué hora del día llegan los recordatorios de días antes: <code>/remindat 09:00</code>.
tz-usage = Configura tu zona horaria con una ciudad o un país: <code>/tz Lima</code>, <code>/tz hora de Perú</code>, <code>/tz Madrid</code>, o un desfase como <code>/tz UTC-5</code>.
leads-empty = Dame al menos un momento para el recordatorio.
leads-bad = «{ $item }» no es un momento de recordatorio; usa por ejemplo 3d, 12h, 30m o 0.
leads-too-long = «{ $item }» es demasiada anticipación: como máximo 60 días antes.
leads-too-many = Son { $count } momentos de recordatorio; 6 como máximo.
tz-unknown = No conozco la zona horaria «{ $zone }».
plan-saved = ✅ Plan <b>{ $plan }</b>
    Vence: { $when } — { $relative }
    Recordatorios:
    { $schedule }
btn-fix-date = ✏️ Cambiar fecha
btn-delete = 🗑 Borrar
plans-empty = Todavía no tienes planes. Agrega uno con <code>/add 31/12 claro</code> o con el botón.
plans-title = <b>Tus planes</b>
plans-line = <b>{ $plan }</b>
    vence el { $when } — { $relative }
    próximo recordatorio: { $next }
btn-renew-n = 🔄 Renovar #{ $number }
btn-delete-n = 🗑 Borrar #{ $number }
btn-calendar = 📅 Archivo de calendario (.ics)
del-confirm = ¿Borrar el plan <b>{ $plan }</b> y sus recordatorios?
btn-yes-delete = 🗑 Sí, borrar
btn-keep = No, dejarlo
del-kept = Listo, no se borró nada.
del-done = Plan #{ $number } borrado.
add-pick-operator = ¿De qué operador es el plan?
add-pick-duration = { $operator }: ¿cuánto falta para que venza?
add-type-date = Escribe la fecha de vencimiento, por ejemplo <code>31/12</code>, <code>31/12 18:00</code> o <code>+30d</code>.
add-confirm = { $operator }: vence el { $when } — { $relative }. ¿Lo guardo?
add-cancelled = Cancelado; no se guardó nada.
btn-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
btn-other-date = 📅 Otra fecha
btn-save = ✅ Guardar
btn-cancel = ✖ Cancelar
fix-type-date = Escribe la nueva fecha de vencimiento del plan #{ $number }, por ejemplo <code>31/12</code> o <code>31/12 18:00</code>.
snoozed = Listo, te lo vuelvo a recordar { $when }.
calendar-caption = Las fechas de vencimiento de tus planes: abre este archivo para agregarlas al calendario de tu celular.
calendar-summary = Vence el plan { $plan }
