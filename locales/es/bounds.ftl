button-expired = Este botón ha caducado.
plans-page = página { $page }/{ $pages }
btn-page-previous = ◀
btn-page-next = ▶
plans-too-many = Ya tienes { $max } planes, el máximo que guardo. Borra uno que ya no necesites (/plans, o <code>/del 3</code>) y vuelve a agregar este.
plan-gone = Ese plan ya no existe. Mira tus planes con /plans.
flood-slow-down = Estás enviando mensajes más rápido de lo que puedo responder bien. Espera un minuto y vuelve a preguntar.
