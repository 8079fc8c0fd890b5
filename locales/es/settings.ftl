# Ajustes en palabras, zonas por nombre, la página /settings y el /menu (issue 8, helper C).

## El menú de comandos
cmd-menu = Menú principal: preguntar, agregar un plan, mis planes, ajustes
cmd-settings = Idioma, zona horaria y recordatorios

## /menu y /start
menu-title = ¿Qué quieres hacer?
btn-my-plans = 📋 Mis planes
btn-settings = ⚙️ Ajustes
btn-menu = « Menú
btn-back-page = « Volver

## Avisos en palabras: "3 días antes, 1 día antes y el mismo día".
leads-item-days = { $count ->
    [one] { $count } día antes
   *[other] { $count } días antes
}
leads-item-hours = { $count ->
    [one] { $count } hora antes
   *[other] { $count } horas antes
}
leads-item-minutes = { $count ->
    [one] { $count } minuto antes
   *[other] { $count } minutos antes
}
leads-short-days = { $count ->
    [one] { $count } día antes
   *[other] { $count } días antes
}
leads-short-hours = { $count ->
    [one] { $count } hora antes
   *[other] { $count } horas antes
}
leads-short-minutes = { $count ->
    [one] { $count } minuto antes
   *[other] { $count } minutos antes
}
leads-on-the-day = el mismo día
leads-when-it-ends = cuando vence
leads-list-more = { $head }, { $item }
leads-list-last = { $head } y { $item }
leads-none = ningún recordatorio

## La página /settings y sus pantallas
lang-name = Español
settings-page =
    <b>⚙️ Ajustes</b>
    🌐 Idioma: { $lang }
    🕒 Zona horaria: { $zone }
    ⏰ Recordatorios: { $leads }
    🔔 Recordatorios por día a las: { $remindat }
settings-page-hint = Toca lo que quieras cambiar.
settings-done = ✅ { $what }
btn-set-lang = 🌐 Idioma
btn-set-zone = 🕒 Zona horaria
btn-set-leads = ⏰ Recordatorios
btn-set-remindat = 🔔 Hora del aviso
settings-lang-choose = Idioma actual: { $lang }. Elige:
settings-zone-choose = Zona horaria actual: <b>{ $zone }</b>. Elige una, o escribe una ciudad o un desfase: <code>/tz Madrid</code>, <code>/tz hora de Perú</code>, <code>/tz UTC-5</code>.
settings-leads-choose = Recordatorios actuales: <b>{ $leads }</b>. Elige una opción, o escribe la tuya: <code>/leads 5d,1d,0</code> (días antes) o <code>/leads 2h,30m</code> (horas, minutos antes).
settings-remindat-choose = Recordatorios por día a las <b>{ $remindat }</b>. Elige una hora, o escribe otra: <code>/remindat 07:30</code>.

## Zonas por nombre
tz-did-you-mean = No conozco la zona horaria «{ $zone }». ¿Quisiste decir { $first }?
tz-examples = Escribe una ciudad o un país, p. ej. <code>/tz Lima</code>, <code>/tz Madrid</code>, <code>/tz Buenos Aires</code>, o un desfase como <code>/tz UTC-5</code>; o toca una:
tz-offset-range = «{ $zone }» no existe en ninguna zona horaria: los desfases van de UTC−14 a UTC+14.
tz-peru-note = ℹ️ Los operadores cuentan el fin de tu plan en hora de Perú ({ $peru }). Te muestro las fechas en { $zone } y te aviso a tiempo para Perú.
btn-menu-line = 📱 Conservar mi número
