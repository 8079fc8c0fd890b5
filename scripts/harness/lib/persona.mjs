// Conversations as a person has them (issue 8): a persona says things and taps buttons by their
// label, each action followed by what the bot must answer; at the end the whole conversation is
// printed as a transcript (and written to $RECARGA_E2E_TRANSCRIPTS/<name>.txt when that is set),
// so that a reader can judge whether it reads naturally. Used by scripts/harness/persona-*.mjs.
import fs from 'node:fs';
import path from 'node:path';

/** A harness user with a fixed Telegram language. */
export const person = (id, first_name, language_code) => ({ id, first_name, language_code });

const log = (ctx) => (ctx.vars.log ??= []);

/**
 * `who` sends `text`; then the bot must answer with something matching `expect` (a RegExp) within
 * `within_ms`. Returns the steps.
 */
export function say(who, text, expect, { within_ms = 8000, name } = {}) {
  const steps = [
    // Whatever came before is seen: the answer awaited is the one to this message.
    { clear: true },
    (ctx) => {
      log(ctx).push({ wall: Date.now(), who, say: text });
      return { send: text, from: who, name: name ?? `${who} says ${JSON.stringify(text)}` };
    },
  ];
  if (expect) steps.push({ expect, within_ms, name: `answer to ${JSON.stringify(text)}` });
  return steps;
}

/**
 * `who` taps the newest button whose label matches `label` (a RegExp); then the bot must answer
 * (a message, an edit or a toast) with something matching `expect`.
 */
export function tap(who, label, expect, { within_ms = 8000, method } = {}) {
  const steps = [
    { clear: true },
    {
      name: `${who} taps ${label}`,
      from: who,
      callback: (buttons, ctx) => {
        const button = buttons.find((b) => label.test(b.text)) ?? null;
        if (button) log(ctx).push({ wall: Date.now(), who, tap: button.text });
        return button;
      },
    },
  ];
  if (expect) {
    // A toast is answered after the handler's message or edit, so the message is what to wait for.
    const methods = method ?? ['sendMessage', 'editMessageText', 'sendDocument'];
    steps.push({ expect, within_ms, method: methods, name: `answer to the tap on ${label}` });
  }
  return steps;
}

const plain = (html) => (html ?? '')
  .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, '$2 ($1)')
  .replace(/<[^>]*>/g, '')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

const keyboard = (markup) => (markup?.inline_keyboard ?? [])
  .map((row) => `   ${row.map((b) => `[${b.text}]`).join(' ')}`);

/** The conversation of `who` so far, the user's actions and the bot's outputs in time order. */
export function transcript(ctx, who) {
  const chat = ctx.userId(who);
  const name = ctx.users[who]?.first_name ?? who;
  const mine = log(ctx).filter((e) => e.who === who).map((e) => ({
    wall: e.wall,
    lines: [e.say !== undefined ? `👤 ${name}: ${e.say}` : `👤 ${name} taps [${e.tap}]`],
  }));
  const bot = ctx.calls
    // Toasts without text (every press is answered) say nothing to the reader.
    .filter((c) => c.ok && (c.method === 'answerCallbackQuery' ? Boolean(c.text) : c.chat_id === chat))
    .filter((c) => ['sendMessage', 'editMessageText', 'answerCallbackQuery', 'sendDocument'].includes(c.method))
    .map((c) => {
      const how = { editMessageText: '🤖 (edits its message) ', answerCallbackQuery: '🤖 (toast) ', sendDocument: '🤖 (file) ' }[c.method] ?? '🤖 ';
      const body = plain(c.text).split('\n');
      return {
        wall: c.wall,
        lines: [how + body[0], ...body.slice(1).map((l) => `   ${l}`), ...keyboard(c.reply_markup ?? c.params?.reply_markup)],
      };
    });
  return [...mine, ...bot].sort((a, b) => a.wall - b.wall).flatMap((e) => e.lines).join('\n');
}

/** A final step that prints (and, with $RECARGA_E2E_TRANSCRIPTS, saves) the transcript. */
export const printTranscript = (who, file) => [{ wait_ms: 2000 }, {
  check: Object.assign((ctx) => {
    const text = transcript(ctx, who);
    console.log(`\n----- transcript: ${file} -----\n${text}\n----- end of transcript -----\n`);
    const dir = process.env.RECARGA_E2E_TRANSCRIPTS;
    if (dir) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${file}.txt`), `${text}\n`);
    }
    return { ok: text.length > 0, detail: `${text.split('\n').length} lines` };
  }, { label: `the transcript of ${who}` }),
}];
