// Replies are never dropped (issue 7, point 3): while 10 users send 40 messages, the compat layer
// answers 10 sendMessage calls with 429 (retry_after 1-2 s) and then every sendMessage with 502
// for 4 s. Every one of the 40 messages must get its reply within 60 s; the replies lost are
// counted and printed (target 0), and the call count shows no hot retry loop.
import { T, user } from './lib/common.mjs';

const USERS = Array.from({ length: 10 }, (_, i) => [`u${i}`, user(5100 + i, `User${i}`)]);
// Four messages each, each with one known reply.
const MESSAGES = [['/help', T.help], [T.question, T.answer], ['/start', T.greeting], ['/plans', /./]];

const lost = (ctx) => {
  const missing = []; const latencies = [];
  for (const [alias] of USERS) {
    const chat = ctx.userId(alias);
    const replies = ctx.callsWhere({ method: 'sendMessage', chat_id: chat, ok: true, since: ctx.vars.stormFrom });
    const used = new Set();
    MESSAGES.forEach(([, re], i) => {
      const sentAt = ctx.vars.sentAt[`${alias}:${i}`];
      const hit = replies.find((c) => !used.has(c.seq) && c.wall >= sentAt && re.test(c.text ?? ''));
      if (hit) { used.add(hit.seq); latencies.push(hit.wall - sentAt); } else missing.push(`${alias}#${i}`);
    });
  }
  return { missing, latencies: latencies.sort((a, b) => a - b) };
};

export default {
  name: 'recarga: a 429/502 storm on replies loses none of 40',
  users: Object.fromEntries(USERS),
  steps: [
    (ctx) => { ctx.vars.stormFrom = Date.now(); ctx.vars.sentAt = {}; return null; },
    { fault: { rate_limit: [{ method: 'sendMessage', count: 5, retry_after: 1 }, { method: 'sendMessage', count: 5, retry_after: 2 }] } },
    { fault: { outage: { ms: 4000, in_ms: 3000, status: 502, methods: ['sendMessage'] } } },
    // 40 messages over about 8 s: the first replies meet the 429s, later ones the outage.
    ...MESSAGES.flatMap(([text], i) => USERS.flatMap(([alias]) => [(ctx) => {
      ctx.vars.sentAt[`${alias}:${i}`] = Date.now();
      return { send: text, from: alias };
    }, { wait_ms: 200 }])),
    { check: Object.assign((ctx) => {
      const { missing, latencies } = lost(ctx);
      const detail = `replies lost: ${missing.length} of 40${missing.length ? ` (${missing.slice(0, 8).join(', ')})` : ''}; `
        + `latency p50 ${latencies[Math.floor(latencies.length / 2)] ?? '-'} ms, max ${latencies.at(-1) ?? '-'} ms`;
      return { ok: missing.length === 0, detail };
    }, { label: 'every one of the 40 messages got its reply' }), within_ms: 60000 },
    { check: Object.assign((ctx) => {
      const faulted = ctx.callsWhere({ method: 'sendMessage', since: ctx.vars.stormFrom, ok: false });
      const byKind = faulted.reduce((m, c) => ({ ...m, [c.fault ?? c.status]: (m[c.fault ?? c.status] ?? 0) + 1 }), {});
      return { ok: true, detail: `refused sendMessage calls: ${JSON.stringify(byKind)}` };
    }, { label: 'faults handed out (for the record)' }) },
    // 40 replies, 10 refused with 429, and a few 502s per reply in flight during the outage;
    // a hot loop during the 4 s outage would be hundreds.
    { expect_calls: 'sendMessage', chat: 'any', from: 'fault', window_ms: 60000, min: 40, max: 120, name: 'no hot retry loop' },
  ],
};
