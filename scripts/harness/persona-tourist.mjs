// Issue 8: a Chinese-speaking tourist in Lima, new to the bot, on a phone. She asks in Chinese,
// asks for a reminder in her own words, adds a plan through the buttons (with a label), renews it
// from /plans and undoes that, sets up "keep my number" from a FAQ answer, sends nonsense, and
// cancels when nothing is pending. Every reply must come, in Chinese; the transcript is printed.
import { person, say, tap, printTranscript } from './lib/persona.mjs';
import { noProblemsLogged } from './lib/common.mjs';

const W = 'wei';

export default {
  name: 'recarga persona: 李伟, a tourist in Lima (zh)',
  users: { [W]: person(6101, '李伟', 'zh-hans') },
  steps: [
    ...say(W, '/start', /我是 <b>recarga<\/b>/),
    ...tap(W, /提问/, /./),
    ...tap(W, /菜单/, /./),
    // Issue 9: a question the matcher is not sure of gets "did you mean" buttons, not a guess.
    // An in-scope question: a suggestion or an answer, never the out-of-scope reply (which
    // also says 充值 and 到期).
    ...say(W, '我的卡快到期了，怎么充值？', /你是想问|有效|过期|续费/),
    ...say(W, '30天后提醒我续费', /要保存提醒吗/),
    ...tap(W, /保存/, /✅ 套餐/),
    ...say(W, '/add', /哪家运营商/),
    ...tap(W, /^Claro$/, /多久|到期/),
    ...tap(W, /其他日期/, /输入到期日期/),
    ...say(W, '下个月15号', /标签/),
    ...say(W, '旅游卡', /旅游卡/),
    ...tap(W, /保存/, /✅ 套餐/),
    ...say(W, '/plans', /你的套餐/),
    ...tap(W, /续期 #2/, /续期/),
    ...tap(W, /^30 天/, /撤销/),
    ...tap(W, /撤销/, /./),
    ...say(W, "我要回国三个月，怎么才能不丢号码？", /保号|号码/),
    ...tap(W, /跟踪我号码/, /哪家运营商|运营商/),
    ...tap(W, /^Bitel$/, /充值/),
    ...tap(W, /^今天$/, /最后安全日|安全/),
    ...say(W, 'asdfghjkl', /./),
    ...say(W, '/cancel', /没有可取消/),
    ...printTranscript(W, 'persona-tourist'),
    { check: noProblemsLogged },
  ],
};
