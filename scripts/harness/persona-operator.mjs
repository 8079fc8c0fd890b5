// Issue 11: the operator's view. Omar (es) runs the bot (RECARGA_ADMINS); Bea (es) is a user. Bea
// adds a plan and asks one question the bot answers and one it cannot; then she tries /stats and
// /reload, which to her are unknown commands exactly like /nosuchcommand. Omar's /stats shows the
// two users, her plan, the three questions and her unanswered one; /help lists neither command.
import { person, say, printTranscript } from './lib/persona.mjs';
import { noProblemsLogged } from './lib/common.mjs';

const O = 'omar';
const B = 'bea';

export default {
  name: 'recarga persona: Omar reads /stats, Bea cannot (es)',
  users: { [O]: person(6401, 'Omar', 'es'), [B]: person(6402, 'Bea', 'es') },
  env: { RECARGA_ADMINS: '6401' },
  steps: [
    ...say(B, '/start', /recarga/),
    ...say(B, '/add 31/12 claro chip', /Plan/),
    ...say(B, 'como recargo claro', /Recargar Claro prepago/),
    ...say(B, 'quien gano el partido de futbol ayer', /.+/),
    ...say(B, '/nosuchcommand', /\/nosuchcommand/),
    ...say(B, '/stats', /No conozco el comando \/stats|\/stats/),
    ...say(B, '/reload', /\/reload/),
    ...say(O, '/help', /.+/),
    { check: Object.assign((ctx) => {
      const help = ctx.emu.callsWhere({ method: 'sendMessage' }).filter((c) => c.chat_id === ctx.userId(O)).at(-1)?.text ?? '';
      return (!help.includes('/stats') && !help.includes('/reload')) || `/help lists an admin command: ${help.slice(0, 300)}`;
    }, { label: '/help lists no admin command' }) },
    ...say(O, '/stats', /Usuarios<\/b>: 2/),
    { check: Object.assign((ctx) => {
      const text = ctx.emu.callsWhere({ method: 'sendMessage' }).filter((c) => c.chat_id === ctx.userId(O)).at(-1)?.text ?? '';
      const want = ['<b>Planes</b>: 1', 'futbol'];
      const missing = want.filter((w) => !text.includes(w));
      return missing.length === 0 || `/stats lacks ${missing.join(', ')}: ${text.slice(0, 600)}`;
    }, { label: '/stats counts her plan and quotes her unanswered question' }) },
    ...printTranscript(B, 'persona-operator-bea'),
    ...printTranscript(O, 'persona-operator'),
    { check: noProblemsLogged },
  ],
};
