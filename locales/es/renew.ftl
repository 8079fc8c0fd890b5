# Recordatorios que dicen lo que es cierto al enviarse, opciones para posponer, y renovaciones que preguntan.

## Dónde está un vencimiento, y momentos cercanos
rel-today-at = hoy a las { $time }
at-today = hoy a las { $time }
at-tomorrow = mañana a las { $time }
reminder-now = ⏰ Tu plan <b>{ $plan }</b> vence ahora mismo ({ $when }). Recarga ya para no quedarte sin él.

## Posponer
btn-snooze-hour = ⏰ En 1 hora
btn-snooze-evening = 🌙 Esta noche, { $time }
btn-snooze-tomorrow = 📅 Mañana, { $time }
snooze-ends-first = Tu plan vence { $when }, antes de ese recordatorio: recarga ahora.
snooze-ended = Tu plan ya venció { $when }. Recarga para recuperarlo.

## Renovar y deshacer
renew-confirm = 🔄 ¿Renovar <b>{ $plan }</b> hasta el { $when }? Son { $days ->
    [one] { $days } día
   *[other] { $days } días
} otra vez, como antes.
renew-ask = 🔄 Renovar <b>{ $plan }</b>: ¿hasta cuándo?
    Vencimiento actual: { $when } — { $relative }. El nuevo periodo se cuenta desde ese vencimiento (o desde hoy, si ya pasó).
btn-renew-save = ✅ Guardar: { $date }
btn-renew-other = Otro periodo…
btn-renew-same = Igual que antes ({ $count ->
    [one] { $count } día
   *[other] { $count } días
}) → { $date }
btn-renew-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
} → { $date }
renew-done = 🔄 <b>{ $plan }</b> renovado hasta el { $when } — { $relative }.
    Recordatorios:
    { $schedule }
    ¿Te equivocaste? Puedes deshacerlo durante { $minutes } minutos.
btn-undo = ↩️ Deshacer
undo-done = ↩️ Deshecho: <b>{ $plan }</b> vuelve a vencer el { $when } — { $relative }.
    Recordatorios:
    { $schedule }
undo-too-late = Ya es tarde para deshacer (solo se puede durante 10 minutos). Cambia la fecha con /renew.
