// Issue 11: a user takes their data and then deletes it, and a flooder is slowed down. Ana (es)
// adds a plan, asks a question, exports (one JSON file holding her plan), asks to forget and keeps
// her data, then forgets for real: /plans then says she has none. A minute later she sends 22 /help in
// a row: 20 answers, one "wait a minute", then silence. The transcript is printed.
import { person, say, tap, printTranscript } from './lib/persona.mjs';
import { noProblemsLogged } from './lib/common.mjs';

const A = 'ana';

export default {
  name: 'recarga persona: Ana takes her data, deletes it, then floods (es)',
  users: { [A]: person(6301, 'Ana', 'es') },
  steps: [
    ...say(A, '/start', /recarga/),
    ...say(A, '/add 31/12 claro chip de mamá', /Plan/),
    ...say(A, 'como recargo claro', /Recargar Claro prepago/),
    { send: '/export', from: A },
    { expect_call: 'sendDocument', within_ms: 8000, name: 'the export arrives as a file' },
    { check: Object.assign((ctx) => {
      const doc = ctx.emu.callsWhere({ method: 'sendDocument' }).at(-1)?.document?.content ?? '';
      return (doc.includes('chip de mamá') && doc.includes('como recargo claro')) || `the file lacks the plan or the question: ${doc.slice(0, 200)}`;
    }, { label: 'the file holds her plan and her question' }) },
    ...say(A, '/forget', /1 plan/),
    ...tap(A, /Conservar/, /No se borró nada/),
    ...say(A, '/plans', /chip de mamá/),
    ...say(A, '/forget', /Borrar todo lo que recarga guarda/),
    ...tap(A, /Borrar todo/, /todo lo tuyo fue borrado/),
    ...say(A, '/plans', /no tienes planes|No tienes planes/),
    { wait_ms: 61000, name: 'a fresh minute for the flood' },
    ...Array.from({ length: 20 }, () => ({ send: '/help', from: A })),
    { send: '/help', from: A },
    { expect: /Espera un minuto/, within_ms: 60000, name: 'the 21st in a minute is told to wait' },
    { send: '/help', from: A },
    { expect_calls: 'sendMessage', chat: A, from: 'step', window_ms: 3000, min: 0, max: 0, match: /Espera un minuto/, name: 'told once, then silence' },
    ...printTranscript(A, 'persona-privacy'),
    { check: noProblemsLogged },
  ],
};
