//! The editors' report behind `recarga unanswered`: what users asked that the bot could not
//! answer, grouped by similarity, and the 👎 reasons per topic. Grouping is greedy: questions
//! are taken oldest first, and each joins the first group whose first question shares at least
//! `SIMILAR` of its tokens (Jaccard over `Matcher::tokens`), else starts a group of its own.
use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use sqlx::AnyPool;

use super::matcher::Matcher;
pub use super::store::UnansweredRow;
use super::store::{self, ReasonRow};
use crate::clock::Timestamp;

/// Two questions are alike when their token sets overlap this much (Jaccard, 0..1).
pub const SIMILAR: f64 = 0.5;
/// How many example questions a group shows.
pub const EXAMPLES: usize = 3;
/// The longest look-back `--since` accepts, in days.
pub const MAX_SINCE_DAYS: i64 = 3650;

/// Why a `--since` value was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a look-back such as 30d, 7d or 24h (at most {MAX_SINCE_DAYS}d)")]
pub struct SinceError(pub String);

/// Reads a look-back such as `30d`, `7d`, `90d` or `24h` as seconds.
pub fn parse_since(text: &str) -> Result<i64, SinceError> {
    let refuse = || SinceError(text.to_owned());
    let trimmed = text.trim();
    let (digits, unit) = trimmed.split_at(trimmed.len().saturating_sub(1));
    let per_unit = match unit {
        "d" => 86_400,
        "h" => 3_600,
        _ => return Err(refuse()),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(refuse());
    }
    let count: i64 = digits.parse().map_err(|_| refuse())?;
    let secs = count.checked_mul(per_unit).ok_or_else(refuse)?;
    if count == 0 || secs > MAX_SINCE_DAYS * 86_400 {
        return Err(refuse());
    }
    Ok(secs)
}

/// Questions that read alike.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// How many questions the group holds.
    pub count: usize,
    /// The matcher's most frequent best guess among them (ties: the first alphabetically).
    pub topic: Option<String>,
    /// Up to `EXAMPLES` distinct questions, oldest first.
    pub examples: Vec<String>,
}

/// The 👎 on one topic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicFeedback {
    /// The topic.
    pub topic: String,
    /// 👎 votes.
    pub thumbs_down: i64,
    /// Reasons given, by reason ('wrong-topic', 'outdated', 'unclear').
    pub reasons: BTreeMap<String, i64>,
    /// What users wrote, with the question that led to the answer when there was one.
    pub comments: Vec<Comment>,
}

/// A line a user wrote after a 👎.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comment {
    /// The reason it came with.
    pub reason: String,
    /// The text.
    pub comment: String,
    /// The question answered; `None` for an answer opened from a menu.
    pub question: Option<String>,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The cutoff (Unix seconds in JSON).
    pub since: Timestamp,
    /// How many unanswered questions there were.
    pub unanswered: usize,
    /// The groups, biggest first.
    pub groups: Vec<Group>,
    /// 👎 per topic, most first.
    pub feedback: Vec<TopicFeedback>,
}

/// Reads the report from the database; `matcher` (the live knowledge base's) tokenises.
pub async fn report(pool: &AnyPool, matcher: &Matcher, since: Timestamp) -> sqlx::Result<Report> {
    let rows = store::unanswered_since(pool, since).await?;
    let votes = store::thumbs_down_since(pool, since).await?;
    let reasons = store::reasons_since(pool, since).await?;
    Ok(Report {
        since,
        unanswered: rows.len(),
        groups: group(&rows, |q| matcher.tokens(q)),
        feedback: feedback(votes, reasons),
    })
}

/// Greedy grouping (see the module's doc); biggest group first, then the oldest.
pub fn group(rows: &[UnansweredRow], tokens: impl Fn(&str) -> Vec<String>) -> Vec<Group> {
    let mut groups: Vec<(BTreeSet<String>, Vec<&UnansweredRow>)> = Vec::new();
    for row in rows {
        let mut set: BTreeSet<String> = tokens(&row.question).into_iter().collect();
        if set.is_empty() {
            // No token to compare (punctuation, emoji): only the same text is alike.
            set.insert(format!("\u{0}{}", row.question.trim().to_lowercase()));
        }
        match groups
            .iter_mut()
            .find(|(seed, _)| jaccard(seed, &set) >= SIMILAR)
        {
            Some((_, members)) => members.push(row),
            None => groups.push((set, vec![row])),
        }
    }
    let mut out: Vec<Group> = groups
        .into_iter()
        .map(|(_, members)| summarise(&members))
        .collect();
    // Stable: equal counts keep the order of their first question.
    out.sort_by_key(|g| std::cmp::Reverse(g.count));
    out
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    // Token sets are small (a question's words), so the casts cannot lose anything.
    a.intersection(b).count() as f64 / union as f64
}

fn summarise(members: &[&UnansweredRow]) -> Group {
    let mut guesses: BTreeMap<&str, usize> = BTreeMap::new();
    for row in members {
        if let Some(topic) = row.best_topic.as_deref() {
            *guesses.entry(topic).or_default() += 1;
        }
    }
    let mut ranked: Vec<(&str, usize)> = guesses.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut examples: Vec<String> = Vec::new();
    for row in members {
        if examples.len() < EXAMPLES && !examples.contains(&row.question) {
            examples.push(row.question.clone());
        }
    }
    Group {
        count: members.len(),
        topic: ranked.first().map(|(topic, _)| (*topic).to_owned()),
        examples,
    }
}

fn feedback(votes: Vec<(String, i64)>, reasons: Vec<ReasonRow>) -> Vec<TopicFeedback> {
    let mut by_topic: BTreeMap<String, TopicFeedback> = BTreeMap::new();
    let fresh = |topic: &str| TopicFeedback {
        topic: topic.to_owned(),
        thumbs_down: 0,
        reasons: BTreeMap::new(),
        comments: Vec::new(),
    };
    for (topic, count) in votes {
        by_topic
            .entry(topic.clone())
            .or_insert_with(|| fresh(&topic))
            .thumbs_down = count;
    }
    for row in reasons {
        let item = by_topic
            .entry(row.topic.clone())
            .or_insert_with(|| fresh(&row.topic));
        *item.reasons.entry(row.reason.clone()).or_default() += 1;
        if let Some(comment) = row.comment {
            item.comments.push(Comment {
                reason: row.reason,
                comment,
                question: row.question,
            });
        }
    }
    let mut out: Vec<TopicFeedback> = by_topic.into_values().collect();
    out.sort_by_key(|f| std::cmp::Reverse(f.thumbs_down));
    out
}

impl Report {
    /// The report as an editor reads it in a terminal.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "Unanswered questions: {} in {} groups (alike: Jaccard >= {SIMILAR} over the matcher's tokens)\n",
            self.unanswered,
            self.groups.len()
        );
        for group in &self.groups {
            let topic = group.topic.as_deref().unwrap_or("-");
            out.push_str(&format!("\n{:>4}  best guess: {topic}\n", group.count));
            for example in &group.examples {
                out.push_str(&format!("      • {example}\n"));
            }
        }
        out.push_str(&format!("\n👎 by topic: {} topics\n", self.feedback.len()));
        for item in &self.feedback {
            let reasons: Vec<String> = item
                .reasons
                .iter()
                .map(|(reason, count)| format!("{reason} {count}"))
                .collect();
            out.push_str(&format!(
                "\n{:>4}  {}  {}\n",
                item.thumbs_down,
                item.topic,
                reasons.join(", ")
            ));
            for comment in &item.comments {
                let asked = comment.question.as_deref().unwrap_or("(from the menu)");
                out.push_str(&format!(
                    "      • [{}] {} — asked: {asked}\n",
                    comment.reason, comment.comment
                ));
            }
        }
        out
    }
}
