button-expired = This button has expired.
plans-page = page { $page }/{ $pages }
btn-page-previous = ◀
btn-page-next = ▶
plans-too-many = You already have { $max } plans, the most I keep. Delete one you no longer need (/plans, or <code>/del 3</code>), then add this one again.
plan-gone = That plan no longer exists. See your plans with /plans.
flood-slow-down = You are sending messages faster than I can answer well. Please wait a minute, then ask again.
