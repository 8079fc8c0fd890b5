//! Benchmarks of the FAQ engine: one `ask` on the shipped knowledge base, one `ask` on a
//! synthetic 10,000-topic base, and loading (`load_dir` + `Matcher::new`).
//!
//! The shipped base is read from FAQ_LOCALES (default locales, relative to the repository).
//! Targets: < 50 µs, < 2 ms and < 50 ms.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Once;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use recarga::faq::{KnowledgeBase, Matcher, CATEGORY_IDS};

/// Real questions, a few per language, including a typo and Traditional Chinese.
const QUESTIONS: &[&str] = &[
    "how do I top up my claro prepaid line",
    "my recharge didn't arrive",
    "¿cómo consulto mi saldo movistar?",
    "me robaron el celular que hago",
    "怎么给entel充值",
    "手機要被鎖了 還有幾天時間",
    "recharje bitel with yape",
    // Long and chatty, as many users write (not from any labelled set).
    "hola buenas, mi hermana me presto su chip movistar para el viaje y ya se le acabaron los megas, no se si conviene recargar o comprar un paquete, como hago desde el celular sin ir a una tienda?",
    "我老婆上个月在利马办的claro卡，现在快没话费了，我们人在国内，有没有办法从中国这边帮她充值啊，支付宝可以吗？",
];

fn locales() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.join(std::env::var("FAQ_LOCALES").unwrap_or_else(|_| "locales".into()))
}

/// The shipped base, checked; if it fails the checks, the problems are printed and it is loaded
/// unchecked so the timings still mean something.
fn load(dir: &Path) -> KnowledgeBase {
    static WARN: Once = Once::new();
    KnowledgeBase::load_dir(dir).unwrap_or_else(|err| {
        WARN.call_once(|| eprintln!("warning: {err}\nbenchmarking the unchecked knowledge base"));
        let read = |lang: &str| std::fs::read_to_string(dir.join(lang).join("faq.toml"));
        let read = |lang: &str| read(lang).expect("the faq.toml files are readable");
        KnowledgeBase::from_sources_unchecked(&read("en"), &read("es"), &read("zh"))
            .expect("the faq.toml files parse")
    })
}

fn shipped(c: &mut Criterion) {
    let matcher = Matcher::new(&load(&locales()));
    let mut group = c.benchmark_group("shipped");
    for (n, question) in QUESTIONS.iter().enumerate() {
        group.bench_function(format!("ask/{n}"), |b| {
            b.iter(|| matcher.ask(black_box(question)))
        });
    }
    group.bench_function("ask/all-9", |b| {
        b.iter(|| {
            let outcomes: Vec<_> = QUESTIONS
                .iter()
                .map(|q| matcher.ask(black_box(q)))
                .collect();
            outcomes
        })
    });
    group.bench_function("load_dir+Matcher::new", |b| {
        b.iter(|| Matcher::new(&load(black_box(&locales()))))
    });
    group.finish();
}

fn synthetic(c: &mut Criterion) {
    let [en, es, zh] = synthetic::sources(10_000, 42);
    let kb = KnowledgeBase::from_sources_unchecked(&en, &es, &zh).expect("synthetic TOML parses");
    let matcher = Matcher::new(&kb);
    let mut group = c.benchmark_group("synthetic-10k");
    for (n, question) in synthetic::QUESTIONS.iter().enumerate() {
        group.bench_function(format!("ask/{n}"), |b| {
            b.iter(|| matcher.ask(black_box(question)))
        });
    }
    group.finish();
}

/// A deterministic generator of large knowledge bases with realistic vocabulary.
mod synthetic {
    use super::CATEGORY_IDS;

    /// Questions for the synthetic base: domain words, a typo, generated product names.
    pub const QUESTIONS: &[&str] = &[
        "how do I recharge my prepaid chip with yape",
        "recarga movistar no llegó el saldo",
        "怎么查询流量套餐还剩多少",
        "bloqueo imei celular robado que hago",
        "zorvanex portability kelmira activation",
    ];

    const EN: &[&str] = &[
        "top",
        "up",
        "recharge",
        "balance",
        "credit",
        "data",
        "package",
        "sim",
        "chip",
        "line",
        "number",
        "phone",
        "operator",
        "prepaid",
        "postpaid",
        "expire",
        "validity",
        "days",
        "month",
        "store",
        "pharmacy",
        "cash",
        "card",
        "pin",
        "code",
        "app",
        "website",
        "block",
        "imei",
        "stolen",
        "lost",
        "register",
        "passport",
        "tourist",
        "foreigner",
        "coverage",
        "signal",
        "roaming",
        "abroad",
        "transfer",
        "complaint",
        "deadline",
        "customer",
        "service",
        "check",
        "buy",
        "activate",
        "cancel",
        "renew",
        "remind",
        "plan",
        "bonus",
    ];
    const ES: &[&str] = &[
        "recarga",
        "recargar",
        "saldo",
        "datos",
        "megas",
        "paquete",
        "chip",
        "línea",
        "número",
        "celular",
        "operadora",
        "prepago",
        "postpago",
        "vence",
        "vigencia",
        "días",
        "mes",
        "tienda",
        "farmacia",
        "efectivo",
        "tarjeta",
        "código",
        "aplicación",
        "bloqueo",
        "robado",
        "perdido",
        "registrar",
        "pasaporte",
        "turista",
        "extranjero",
        "cobertura",
        "señal",
        "transferir",
        "reclamo",
        "plazo",
        "atención",
        "cliente",
        "consultar",
        "comprar",
        "activar",
        "cancelar",
        "renovar",
        "recordatorio",
        "plan",
        "bono",
        "llegó",
        "cómo",
    ];
    const ZH: &[&str] = &[
        "充值",
        "余额",
        "话费",
        "流量",
        "套餐",
        "电话卡",
        "号码",
        "手机",
        "运营商",
        "预付费",
        "后付费",
        "到期",
        "有效期",
        "天",
        "月",
        "营业厅",
        "药店",
        "现金",
        "充值卡",
        "密码",
        "应用",
        "封锁",
        "被偷",
        "丢失",
        "登记",
        "护照",
        "游客",
        "外国人",
        "覆盖",
        "信号",
        "漫游",
        "国外",
        "转账",
        "投诉",
        "期限",
        "客服",
        "查询",
        "购买",
        "激活",
        "取消",
        "续费",
        "提醒",
        "计划",
        "赠送",
        "怎么",
        "多少",
        "剩余",
    ];
    const SYLLABLES: &[&str] = &[
        "ka", "lo", "mi", "zor", "van", "ex", "tel", "ra", "ne", "qu", "bi", "so", "tu", "del",
        "mar", "ki", "on", "pe", "lu", "xa", "ri", "vo", "ta", "gen",
    ];

    /// A small xorshift generator: deterministic without extra crates.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        /// Zipf-like pick: early words are much more frequent, as in real text.
        fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
            let a = self.below(words.len());
            let b = self.below(words.len());
            words[a.min(b)]
        }
    }

    /// A made-up product or place name ("zorvanex"), so the vocabulary grows with the base.
    fn name(rng: &mut Rng) -> String {
        (0..2 + rng.below(3))
            .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
            .collect()
    }

    fn phrase(rng: &mut Rng, words: &[&str], len: usize, sep: &str) -> String {
        let mut out: Vec<String> = (0..len).map(|_| rng.pick(words).to_owned()).collect();
        if rng.below(3) == 0 {
            out.push(name(rng));
        }
        out.join(sep)
    }

    fn topic(rng: &mut Rng, n: usize, words: &[&str], sep: &str) -> String {
        let quoted = |items: Vec<String>| {
            let items: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
            format!("[{}]", items.join(", "))
        };
        let mut questions = Vec::new();
        for _ in 0..6 + rng.below(5) {
            let len = 4 + rng.below(6);
            questions.push(phrase(rng, words, len, sep));
        }
        let mut keywords = Vec::new();
        for _ in 0..5 {
            let len = 1 + rng.below(2);
            keywords.push(phrase(rng, words, len, sep));
        }
        let title = phrase(rng, words, 3, sep);
        format!(
            "\n[topic.t{n:05}]\ncategory = \"{}\"\ntitle = {:?}\nquestions = {}\nkeywords = {}\n\
             answer = \"<b>Answer</b> {}\"\nsources = [\"https://example.org/{n}\"]\n\
             checked = \"2026-02-24\"\nrelated = [\"t{:05}\"]\n",
            CATEGORY_IDS[n % CATEGORY_IDS.len()],
            title,
            quoted(questions),
            quoted(keywords),
            n,
            (n + 1) % 10_000,
        )
    }

    fn source(lang: &str, words: &[&str], sep: &str, topics: usize, seed: u64) -> String {
        let mut rng = Rng(seed);
        let mut text = format!(
            "language = \"{lang}\"\n[synonyms]\ngroups = [[\"recharge\", \"recarga\", \"充值\"], \
             [\"balance\", \"saldo\", \"余额\"]]\n[smalltalk]\ngreetings = [\"hi\", \"hola\", \"你好\"]\n\
             thanks = [\"thanks\", \"gracias\", \"谢谢\"]\n"
        );
        for n in 0..topics {
            text.push_str(&topic(&mut rng, n, words, sep));
        }
        text
    }

    /// TOML sources (English, Spanish, Chinese) of a base with `topics` topics.
    pub fn sources(topics: usize, seed: u64) -> [String; 3] {
        [
            source("en", EN, " ", topics, seed),
            source("es", ES, " ", topics, seed + 1),
            source("zh", ZH, "", topics, seed + 2),
        ]
    }
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30)
}

criterion_group! {
    name = benches;
    config = config();
    targets = shipped, synthetic
}
criterion_main!(benches);
