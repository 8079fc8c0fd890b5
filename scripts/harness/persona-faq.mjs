// Issue 9: a Peruvian user in a hurry asks the FAQ the way people write (chatty, slang, a typo in
// the operator), reads answers with their caveat and sources, says 👎 with a reason and a line,
// asks something the bot does not cover, and opens every source. Every reply must come, in
// Spanish; the transcript is printed.
import { person, say, tap, printTranscript } from './lib/persona.mjs';
import { noProblemsLogged } from './lib/common.mjs';

const R = 'rosa';

export default {
  name: 'recarga persona: Rosa asks the FAQ (es)',
  users: { [R]: person(6201, 'Rosa', 'es') },
  steps: [
    ...say(R, '/start', /recarga/),
    ...say(R, 'oye una consulta, se me acabaron los megas a mitad de mes y no se si comprar un paquete o recargar nomas, que hago?', /./),
    ...say(R, 'como recargo claor', /Recargar Claro prepago/),
    ...tap(R, /👎/, /Qué te faltó/),
    ...tap(R, /No se entiende/, /escribe en una línea/),
    ...say(R, 'queria saber si puedo pagar con yape', /Gracias/),
    ...say(R, 'si no recargo mi chip bitel en meses me quitan el numero?', /⚠️|días|dias/),
    ...tap(R, /📚/, /Fuentes/),
    ...say(R, 'que clima hace en cusco en julio', /Solo ayudo con líneas prepago/),
    ...say(R, 'cual es el mejor celular para comprar', /./),
    ...say(R, 'zzzz qqqq', /./),
    ...printTranscript(R, 'persona-faq'),
    { check: noProblemsLogged },
  ],
};
