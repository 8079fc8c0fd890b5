//! What issue 8 added to every free text and to `/tz`: the reminder-request reader runs on every
//! private text before the FAQ matcher (so it must cost next to nothing on a plain question),
//! and a zone name is looked up in the place table, with near-miss suggestions when it is not
//! found. `cargo bench --bench words`.
use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use recarga::reminders::zone::names;
use recarga::reminders::{reminder_request, UserZone};

fn request(c: &mut Criterion) {
    let now = Utc.with_ymd_and_hms(2026, 11, 30, 15, 0, 0).unwrap();
    let zone = UserZone::parse("America/Lima").expect("zone");
    let texts = [
        (
            "question-en",
            "how do I top up claro from abroad with a foreign card?",
        ),
        ("question-zh", "我的卡快到期了，怎么充值？"),
        ("request-zh", "30天后提醒我续费"),
        ("request-es", "recuérdame el 15 que vence mi chip"),
        ("request-en", "remind me on the 31st to top up claro"),
    ];
    let mut group = c.benchmark_group("reminder_request");
    for (name, text) in texts {
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| reminder_request(std::hint::black_box(text), now, &zone))
        });
    }
    group.finish();
}

fn zones(c: &mut Criterion) {
    let mut group = c.benchmark_group("zone_names");
    for typed in ["Lima", "北京时间", "hora de Perú", "Europe/Madrid"] {
        group.bench_with_input(BenchmarkId::new("parse", typed), typed, |b, typed| {
            b.iter(|| UserZone::parse(std::hint::black_box(typed)))
        });
    }
    for typed in ["Lodnon", "shangai", "xq7-zzzz-qq"] {
        group.bench_with_input(BenchmarkId::new("suggest", typed), typed, |b, typed| {
            b.iter(|| names::suggestions(std::hint::black_box(typed)))
        });
    }
    group.finish();
}

criterion_group!(benches, request, zones);
criterion_main!(benches);
