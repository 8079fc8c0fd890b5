// Issue 8: a Spanish speaker in Arequipa. She looks at /settings and goes back, sets her zone by
// her city, adds a Bitel plan with the guided flow while asking a question in the middle of it,
// mistypes a date, asks for a reminder in her own words and cancels, and records her Movistar
// line's last top-up, then taps "ya recargué". The transcript is printed.
import { person, say, tap, printTranscript } from './lib/persona.mjs';
import { noProblemsLogged } from './lib/common.mjs';

const M = 'maria';

export default {
  name: 'recarga persona: María, in Arequipa (es)',
  users: { [M]: person(6102, 'María', 'es-PE') },
  steps: [
    ...say(M, '/start', /Soy <b>recarga<\/b>/),
    ...tap(M, /Ajustes/, /Idioma|Zona/),
    ...tap(M, /Zona horaria/, /./),
    ...tap(M, /« Volver/, /./),
    ...tap(M, /« Menú/, /./),
    ...say(M, '/tz Arequipa', /Lima/),
    ...say(M, '/add', /operador/),
    ...tap(M, /^Bitel$/, /./),
    ...tap(M, /Otra fecha/, /fecha/),
    ...say(M, '¿cómo recargo bitel?', /Bitel/),
    { expect: /Sigo esperando/, within_ms: 8000, name: 'the flow says what it still waits for' },
    ...say(M, 'el 15 del proximo mes', /etiqueta/),
    ...tap(M, /Omitir/, /Guardo|guardo/),
    ...tap(M, /Guardar/, /✅ Plan/),
    ...say(M, '/add 31/02 claro', /31\/02/),
    ...say(M, 'recuérdame el 15 que vence mi chip', /Guardo un recordatorio/),
    ...tap(M, /Cancelar/, /./),
    ...say(M, '/line movistar 2/11', /Línea 1/),
    ...tap(M, /Ya recargu/, /./),
    ...say(M, '???', /./),
    ...printTranscript(M, 'persona-arequipa'),
    { check: noProblemsLogged },
  ],
};
