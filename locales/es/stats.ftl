# /stats, para quienes operan el bot (src/telegram/stats.rs). HTML; los números son conteos.
stats-title = 📊 <b>recarga: las cifras</b>
stats-users = 👤 <b>Usuarios</b>: { $total } · activos en 7 días: { $week } · en 30 días: { $month } · bloquearon el bot: { $blocked }
stats-plans = 📅 <b>Planes</b>: { $plans } · <b>líneas</b>: { $lines }
stats-reminders = ⏰ <b>Recordatorios</b> (tarde: enviado más de { $late } s después de la hora; fallido: vencido y no enviado, tras un intento rechazado o a alguien que bloqueó el bot)
stats-reminders-day = Últimas 24 h: enviados { $sent }, tarde { $late }, fallidos { $failed }
stats-reminders-week = Últimos 7 días: enviados { $sent }, tarde { $late }, fallidos { $failed }
stats-faq = ❓ <b>Preguntas, últimos 7 días</b>: { $total }
stats-faq-answered = Respondidas: { $count } ({ $share }%)
stats-faq-suggested = Con sugerencias («¿No es esto?»): { $count } ({ $share }%)
stats-faq-unanswered = Sin respuesta: { $count } ({ $share }%)
stats-unanswered = 🔍 <b>Lo más preguntado sin respuesta, 30 días</b>
stats-unanswered-none = Nada.
stats-unanswered-item = { $count } × { $question }
stats-feedback = 👍 { $up } · 👎 { $down } en 30 días; por qué 👎: { $reasons }
