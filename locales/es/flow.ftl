# El /add guiado (issue 8): /cancel, recordatorios de lo que se espera, vencimiento, la etiqueta,
# fechas que no existen (repitiendo lo escrito) y pedidos de recordatorio en texto libre.
cmd-cancel = Detener lo que empezaste (/add, un cambio de fecha)
month-name = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] setiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
when-impossible-day = «{ $typed }» no es una fecha: { $month } tiene { $days } días en { $year }.
when-impossible-dom = «{ $typed }» no es una fecha: ningún mes tiene día { $day }.
when-impossible-month = «{ $typed }» no es una fecha: no existe el mes { $month }.
flow-date-examples = Por ejemplo: <code>15/12</code>, <code>el 15 del próximo mes</code>, <code>en 30 días</code>, <code>mañana 18:00</code>.
flow-waiting-date = Sigo esperando la fecha de vencimiento de tu { $plan }: escríbela, por ejemplo <code>15/12</code>, o usa /cancel.
flow-waiting-label = Sigo esperando una etiqueta para tu { $plan }: escribe una (por ejemplo chip, mamá, trabajo), toca Omitir o usa /cancel.
flow-waiting-fix = Sigo esperando la nueva fecha de vencimiento del plan #{ $number }: escríbela, por ejemplo <code>15/12</code>, o usa /cancel.
flow-expired = (Tu /add de las { $time } venció; empieza de nuevo con /add.)
flow-cancelled = Cancelé tu /add de un { $plan }; no se guardó nada.
flow-cancelled-other = Cancelado; no se cambió nada.
flow-nothing-to-cancel = No hay nada que cancelar: no estoy esperando nada de ti.
flow-ask-label = { $operator }, vence el { $when }. Ponle una etiqueta para distinguir tus planes (por ejemplo chip, mamá, trabajo) o toca Omitir.
flow-confirm-label = { $operator } «{ $label }»: vence el { $when } — { $relative }. ¿Lo guardo?
flow-request-confirm = ¿Guardo un recordatorio? Tu { $plan } vence el { $when } ({ $relative }).
btn-skip = ⏭ Omitir
btn-change-date = 📅 Cambiar fecha
flow-plan-of = plan { $operator }
flow-plan-any = plan
