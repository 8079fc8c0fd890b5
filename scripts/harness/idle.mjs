// Deaf after a quiet spell (issue 7, point 1): /start is answered; the bot then idles (default
// 180 s, RECARGA_E2E_IDLE_SECS to shorten) while the compat layer holds each getUpdates for its
// timeout, as Telegram does; then a FAQ question must be answered within 1 s, with no failed
// poll, no busy polling and no WARN/ERROR line in between.
import { T, user, POLL_SECS, noProblemsLogged } from './lib/common.mjs';

const IDLE_SECS = Number(process.env.RECARGA_E2E_IDLE_SECS || 180);

export default {
  name: `recarga: idle ${IDLE_SECS} s, then a question answered within 1 s`,
  users: { ana: user(5001, 'Ana') },
  steps: [
    { send: '/start', from: 'ana' },
    { expect: T.greeting, within_ms: 5000 },
    (ctx) => { ctx.vars.idleFrom = Date.now(); return null; },
    { wait_ms: IDLE_SECS * 1000, name: 'idle' },
    Object.assign((ctx) => {
      const failed = ctx.callsWhere({ method: 'getUpdates', since: ctx.vars.idleFrom, ok: false });
      return failed.length === 0 || `${failed.length} getUpdates failed while idle: ${failed.slice(0, 3).map((c) => `${c.status} ${c.error}`).join(' | ')}`;
    }, { label: 'no getUpdates failed while idle' }),
    Object.assign((ctx) => {
      // A poll held for its timeout: about IDLE/POLL calls. Far more means the bot polls hot.
      // The runner records a call when it is answered, stamped with its arrival: count every
      // poll answered by now that arrived up to one poll before the idle began.
      const polls = ctx.callsWhere({ method: 'getUpdates', since: ctx.vars.idleFrom - (POLL_SECS + 5) * 1000 }).length;
      const most = Math.ceil(IDLE_SECS / (POLL_SECS * 0.8)) + 3;
      const least = IDLE_SECS >= POLL_SECS + 5 ? 1 : 0;
      return polls >= least && polls <= most ? { ok: true, detail: `${polls} polls in ${IDLE_SECS} s (timeout ${POLL_SECS} s)` } : `${polls} polls in ${IDLE_SECS} s; expected ${least}..${most}`;
    }, { label: 'each poll was held (no busy polling)' }),
    { check: noProblemsLogged },
    { send: T.question, from: 'ana' },
    { expect: T.answer, within_ms: 1000, name: 'answered within 1 s after the quiet spell' },
    { check: noProblemsLogged },
  ].map((s) => (typeof s === "function" && s.label ? { check: s } : s)),
};
