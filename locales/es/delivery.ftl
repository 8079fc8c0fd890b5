## Recordatorios fieles al momento en que salen (uno tardío dice cómo está el plan ahora)
rel-seconds = en { $count ->
    [one] { $count } segundo
   *[other] { $count } segundos
}
rel-seconds-ago = hace { $count ->
    [one] { $count } segundo
   *[other] { $count } segundos
}
rel-minutes-ago = hace { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
rel-hours-ago = hace { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
rel-days-ago = hace { $count ->
    [one] { $count } día
   *[other] { $count } días
}
reminder-ended = ⏰ Tu plan <b>{ $plan }</b> venció el { $when } — { $relative }. Recarga para reactivarlo.
