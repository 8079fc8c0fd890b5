// Nothing exceeds Telegram's limits (issue 7, point 4): one user adds 60 plans, paced 1/s, and
// each /add is answered; then /plans is sent (not refused by Telegram), under 4,096 characters,
// and its ▶ button shows the next page. The plan cap (about 50 a user) is checked too.
import { T, user, visibleLength } from './lib/common.mjs';

const PLANS = 60;
const CAP = Number(process.env.RECARGA_E2E_PLAN_CAP || 50);

export default {
  name: `recarga: ${PLANS} plans, then /plans fits and pages`,
  users: { pia: user(5003, 'Pía') },
  steps: [
    ...Array.from({ length: PLANS }, (_, i) => [
      { send: `/add +${i + 1}d claro p${i + 1}`, from: 'pia' },
      { expect: /[\s\S]/, within_ms: 5000, name: `/add #${i + 1} answered` },
      { wait_ms: 1000 },
    ]).flat(),
    { check: Object.assign((ctx) => {
      const saved = ctx.callsWhere({ method: 'sendMessage', chat_id: 'pia', ok: true }).filter((c) => T.saved.test(c.text ?? '')).length;
      return { ok: saved <= CAP, detail: `${saved} of ${PLANS} plans saved (cap ${CAP})` };
    }, { label: 'the plan cap holds' }) },
    { send: '/plans', from: 'pia' },
    { expect: T.plans, within_ms: 5000, name: '/plans is sent' },
    { check: Object.assign((ctx) => {
      const refused = ctx.callsWhere({ method: 'sendMessage', chat_id: 'pia', ok: false });
      const hit = T.plans.test(ctx.lastHit?.text ?? '') ? ctx.lastHit : null;
      const len = visibleLength(hit?.text ?? '');
      const buttons = (hit?.reply_markup?.inline_keyboard ?? []).flat().length;
      ctx.vars.page1 = hit?.text;
      const ok = hit !== null && refused.length === 0 && len <= 4096 && buttons <= 100;
      return { ok, detail: `${len} characters, ${buttons} buttons; refused sends: ${refused.map((c) => c.error).slice(0, 2).join(' | ') || 'none'}` };
    }, { label: '/plans fits Telegram (≤ 4,096 characters, none refused)' }) },
    { callback: (buttons) => buttons.find((b) => /▶/.test(b.text)) ?? null, from: 'pia', name: 'press ▶' },
    { expect: T.plans, within_ms: 5000, name: 'the next page' },
    { check: Object.assign((ctx) => (ctx.lastHit && ctx.lastHit.text !== ctx.vars.page1) || 'the ▶ press showed the same page',
      { label: 'page 2 differs from page 1' }) },
  ],
};
