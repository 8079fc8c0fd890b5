// Shared by the recarga scenarios in scripts/harness/ (this folder is not a scenario: the runner
// script only picks up scripts/harness/*.mjs). Texts are matched loosely, by what each language's
// locale says, so that a wording change in a reply does not break every scenario.
import fs from 'node:fs';
import path from 'node:path';

/** The users' Telegram language (`RECARGA_E2E_LANG`: es, en or zh; default es). */
export const LANG = ['es', 'en', 'zh'].includes(process.env.RECARGA_E2E_LANG) ? process.env.RECARGA_E2E_LANG : 'es';

const TEXTS = {
  es: { greeting: /Soy <b>recarga<\/b>/, help: /Lo que puedo hacer/, question: '¿cómo recargo claro?', answer: /Recargar Claro prepago/, plans: /Tus planes/, saved: /^✅ Plan/ },
  en: { greeting: /I'm <b>recarga<\/b>/, help: /What I can do/, question: 'how do I top up claro?', answer: /Top up Claro prepaid/, plans: /Your plans/, saved: /^✅ Plan/ },
  zh: { greeting: /我是 <b>recarga<\/b>/, help: /我能做什么/, question: '怎么给claro充值？', answer: /Claro 预付卡充值/, plans: /你的套餐/, saved: /^✅ 套餐/ },
};

/** What the bot says in `LANG`: matchers for its replies, and the FAQ question to ask. */
export const T = TEXTS[LANG];

/** A harness user speaking `LANG`. */
export const user = (id, first_name) => ({ id, first_name, language_code: LANG });

/** The long poll the bot was started with (`RECARGA_POLL_TIMEOUT_SECS`, default 25). */
export const POLL_SECS = Number(process.env.RECARGA_POLL_TIMEOUT_SECS || 25);

const stripAnsi = (s) => s.replace(/\u001b\[[0-9;]*m/g, '');

/** Lines of the bot's log (bot.log in the run's temp folder) that `test` accepts. */
export function botLog(ctx, test) {
  const file = path.join(ctx.tmpDir, 'bot.log');
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').map(stripAnsi).filter(test);
}

/** A log line at WARN or ERROR level, or teloxide's report of a failed poll. */
export const isProblem = (line) => /\b(WARN|ERROR)\b/.test(line.split(' ').slice(0, 4).join(' ')) || /getting updates failed|panicked/.test(line);

/** The length Telegram counts for an HTML text: tags count nothing, an entity one. */
export const visibleLength = (html) => [...html.replace(/<[^>]*>/g, '').replace(/&[#a-zA-Z0-9]{1,8};/g, '_')].length;

/** A `check` that the bot logged no WARN/ERROR line (and no failed poll, no panic) so far. */
export const noProblemsLogged = Object.assign((ctx) => {
  const bad = botLog(ctx, isProblem);
  return bad.length === 0 ? { ok: true, detail: 'no WARN/ERROR line in bot.log' } : `${bad.length} problem lines: ${bad.slice(0, 3).join(' | ')}`;
}, { label: 'bot.log has no WARN/ERROR line' });
