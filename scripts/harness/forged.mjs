// One bad update must never stop the bot (issue 7, point 2): forged button presses (`force`),
// among them the one that used to crash it (a plan ending in the year ~262000, then the calendar
// button), and garbage data. After each, the bot must answer the press (no spinning button) and
// a following /help; the runner reports a FAIL if the bot process exits.
import { T, user, noProblemsLogged, botLog } from './lib/common.mjs';

const FORGED = [
  'add:ok:claro:@8210266876799:0:1',
  'plans:ics',
  'x',
  `${'☠'.repeat(21)}x`, // 64 bytes of junk, the most Telegram carries
  'plan:del:-1',
  'plan:delok:99999999999999999999',
];

export default {
  name: 'recarga: forged callbacks do not stop the bot',
  users: { eve: user(5002, 'Eve') },
  steps: [
    { send: '/start', from: 'eve' },
    { expect: T.greeting, within_ms: 5000 },
    ...FORGED.flatMap((data) => [
      { callback: data, from: 'eve', force: true, name: `forged ${JSON.stringify(data)}` },
      { expect_call: 'answerCallbackQuery', within_ms: 5000, name: 'the press is answered' },
      { send: '/help', from: 'eve' },
      { expect: T.help, within_ms: 5000, name: 'and the bot still serves' },
    ]),
    { check: Object.assign((ctx) => {
      const panics = botLog(ctx, (l) => /panicked|TX is dead/.test(l));
      return panics.length === 0 || `the bot panicked: ${panics.slice(0, 2).join(' | ')}`;
    }, { label: 'no panic in bot.log' }) },
    { check: noProblemsLogged },
  ],
};
