// Issue 8: an English-speaking expat who keeps UK time. He mistypes London, is told once that
// Peru's operators count in Peru time, sets reminders from the settings page, then (with a
// 2-minute lead, to see a reminder within the run) adds a plan ending in a few minutes, gets
// the reminder, taps "Renewed", picks a length and undoes it; then asks for a reminder in his
// own words, tracks a line from the buttons, and walks the menu. The transcript is printed.
import { person, say, tap, printTranscript } from './lib/persona.mjs';
import { noProblemsLogged } from './lib/common.mjs';

const J = 'john';

// The plan ends a few minutes from now, on London's clock (UTC in winter, UTC+1 in summer).
const endSoon = () => {
  const end = new Date(Date.now() + 4 * 60_000);
  const london = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(end);
  const part = (type) => london.find((p) => p.type === type).value;
  return `${part('day')}/${part('month')} ${part('hour')}:${part('minute')}`;
};

export default {
  name: 'recarga persona: John, an expat on UK time (en)',
  users: { [J]: person(6103, 'John', 'en-GB') },
  steps: [
    ...say(J, '/start', /I'm <b>recarga<\/b>/),
    ...say(J, '/tz Lodnon', /Did you mean/),
    ...tap(J, /London/, /London/),
    ...say(J, '/settings', /Settings|settings/),
    ...tap(J, /Reminders/, /./),
    ...tap(J, /on the day/, /./),
    ...say(J, '/leads 2m', /2 minutes/),
    (ctx) => say(J, `/add ${endSoon()} claro data`, /✅ Plan/),
    { expect: /⏰/, within_ms: 5 * 60_000, name: 'the reminder comes, 2 minutes before the end' },
    ...tap(J, /Renewed/, /until when|Renew/),
    ...tap(J, /^30 days/, /Undo/),
    ...tap(J, /Undo/, /./),
    ...say(J, '/leads 3d,1d,0', /on the day/),
    ...say(J, 'remind me on the 31st to top up claro', /Save a reminder/),
    ...tap(J, /Save/, /✅ Plan/),
    ...say(J, '/line', /operator/),
    ...tap(J, /^Entel$/, /last top/),
    ...tap(J, /^Yesterday$/, /Last safe day/),
    ...say(J, '/menu', /./),
    ...tap(J, /My plans/, /Your plans/),
    ...tap(J, /« Menu/, /./),
    ...printTranscript(J, 'persona-expat'),
    { check: noProblemsLogged },
  ],
};
