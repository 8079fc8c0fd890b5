# /export y /forget: los datos de cada persona son suyos.
cmd-export = Recibir todo lo que se guarda sobre ti, en un archivo
cmd-forget = Borrar todo lo que se guarda sobre ti
export-caption = Todo lo que recarga guarda sobre ti: tu configuración, planes, líneas, recordatorios, las preguntas que hiciste y tus votos. Las horas están en segundos Unix (UTC).
forget-confirm = ¿Borrar todo lo que recarga guarda sobre ti? Son { $plans ->
    [one] 1 plan
   *[other] { $plans } planes
}, { $lines ->
    [one] 1 línea
   *[other] { $lines } líneas
}, { $reminders ->
    [one] 1 recordatorio
   *[other] { $reminders } recordatorios
}, { $questions ->
    [one] 1 pregunta registrada
   *[other] { $questions } preguntas registradas
}, { $feedback ->
    [one] 1 voto o motivo
   *[other] { $feedback } votos y motivos
}, y tu idioma, zona horaria y ajustes de recordatorios. No se puede deshacer: envía /export antes si quieres una copia.
btn-forget-yes = 🗑 Borrar todo
btn-forget-no = Conservar mis datos
forget-done = Listo: todo lo tuyo fue borrado y no llegará ningún recordatorio. Si vuelves a escribir, empiezo de cero.
forget-kept = No se borró nada.
