//! The loaded knowledge base: topics with their text in each language, categories, synonym groups
//! and small-talk phrases. Built only from files that pass every `check`, so the rest of the bot
//! can trust it (a broken edit fails `/reload` and the old base stays in use).

pub(crate) mod check;
pub(crate) mod evidence;
pub(crate) mod examples;
pub(crate) mod facts;
pub(crate) mod grounding;
pub(crate) mod html;
pub(crate) mod problem;
pub(crate) mod raw;
pub(crate) mod rules;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use self::check::{parse_and_check, Parsed};
use self::examples::{Example, EXAMPLES_DIR};
use self::facts::Facts;
use self::problem::{Problem, FACTS_FILE};
use self::raw::{RawFile, RawTopic};
use self::rules::CATEGORY_IDS;
use crate::lang::Lang;

/// Why a knowledge base could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum KbError {
    /// A knowledge-base file (facts.toml or a faq.toml) could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file that failed.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The files were read but break the format; every problem is listed.
    #[error("knowledge base has {} problem(s):\n{}", .0.len(), lines(.0))]
    Invalid(Vec<Problem>),
}

fn lines(problems: &[Problem]) -> String {
    let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    lines.join("\n")
}

/// One topic's text in one language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TopicText {
    /// Button label.
    pub title: String,
    /// Phrasings people type.
    pub questions: Vec<String>,
    /// Distinctive words and short phrases.
    pub keywords: Vec<String>,
    /// The answer, in Telegram HTML.
    pub answer: String,
    /// One line of plain text on what is uncertain or old, shown under the answer; may be empty.
    pub caveat: String,
    /// Ids of the facts (in facts.toml) the answer rests on.
    pub facts: Vec<String>,
    /// URLs the answer rests on.
    pub sources: Vec<String>,
    /// Date (YYYY-MM-DD) the facts were last checked: the oldest among the topic's facts; empty
    /// for a topic that cites none (about the bot itself).
    pub checked: String,
    /// Ids of related topics.
    pub related: Vec<String>,
}

impl TopicText {
    fn new(raw: RawTopic, facts: Option<&Facts>) -> Self {
        let checked = facts
            .and_then(|facts| facts.oldest_checked(&raw.facts))
            .unwrap_or_default();
        TopicText {
            title: raw.title.trim().to_owned(),
            questions: raw.questions,
            keywords: raw.keywords,
            answer: raw.answer.trim().to_owned(),
            caveat: raw.caveat.trim().to_owned(),
            facts: raw.facts,
            sources: raw.sources,
            checked,
            related: raw.related,
        }
    }
}

/// One FAQ topic in all three languages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Topic {
    /// Stable id, e.g. "claro-topup".
    pub id: String,
    /// Category key, e.g. "topup".
    pub category: String,
    /// The operator the topic is about, if it is operator-specific ("claro", …).
    pub operator: Option<String>,
    /// What the bot links to this topic or offers under it (see `rules::OFFERS`):
    /// "topup-guide" (the "how to top up" answer reminders link to, per operator or for all),
    /// "line-tracking" (its answer offers to track a line).
    pub offers: Vec<String>,
    texts: [TopicText; 3],
}

impl Topic {
    /// The topic's text in `lang`.
    pub fn text(&self, lang: Lang) -> &TopicText {
        &self.texts[slot(lang)]
    }
}

/// A category of the browse menu.
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    /// Category key, e.g. "topup".
    pub id: String,
    labels: [String; 3],
}

impl Category {
    /// The category's display name in `lang`.
    pub fn label(&self, lang: Lang) -> &str {
        &self.labels[slot(lang)]
    }
}

/// Whole-message phrases that are not questions, in one language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SmallTalkPhrases {
    /// "hi", "hola", "你好" …
    pub greetings: Vec<String>,
    /// "thanks", "gracias", "谢谢" …
    pub thanks: Vec<String>,
    /// Acknowledgements, goodbyes, "who are you" …
    pub other: Vec<String>,
}

/// The FAQ knowledge base: its topics in three languages, as many as the files define.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    topics: Vec<Topic>,
    by_id: HashMap<String, usize>,
    categories: Vec<Category>,
    synonyms: [Vec<Vec<String>>; 3],
    smalltalk: [SmallTalkPhrases; 3],
    examples: Vec<Example>,
}

/// Position of a language in the per-language arrays.
fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Zh => 0,
        Lang::Es => 1,
        Lang::En => 2,
    }
}

impl KnowledgeBase {
    /// Loads `dir/facts.toml` and `dir/{en,es,zh}/faq.toml` (e.g. `dir` = "locales") and checks
    /// them; fails with every problem found, so a caller reloading at run time can keep its
    /// previous knowledge base.
    pub fn load_dir(dir: &Path) -> Result<KnowledgeBase, KbError> {
        let read = |path: PathBuf| {
            std::fs::read_to_string(&path).map_err(|source| KbError::Io { path, source })
        };
        let facts = read(dir.join(FACTS_FILE))?;
        let faq = |lang: Lang| read(dir.join(lang.code()).join("faq.toml"));
        let (en, es, zh) = (faq(Lang::En)?, faq(Lang::Es)?, faq(Lang::Zh)?);
        let kb = KnowledgeBase::from_sources(&facts, &en, &es, &zh)?;
        // Examples are optional: a knowledge base without them still answers.
        let mut texts = Vec::new();
        for lang in Lang::ALL {
            let path = dir.join(EXAMPLES_DIR).join(format!("{}.toml", lang.code()));
            if path.exists() {
                texts.push((lang, read(path)?));
            }
        }
        let texts: Vec<(Lang, &str)> = texts.iter().map(|(l, t)| (*l, t.as_str())).collect();
        kb.with_examples(&texts)
    }

    /// Adds labelled example questions (the text of `examples/<lang>.toml` files); fails with
    /// every problem found (an unknown topic, a question filed under the wrong language).
    pub fn with_examples(mut self, texts: &[(Lang, &str)]) -> Result<KnowledgeBase, KbError> {
        let ids: Vec<&str> = self.topics.iter().map(|t| t.id.as_str()).collect();
        let mut problems = Vec::new();
        let mut all = Vec::new();
        for (lang, text) in texts {
            all.extend(examples::parse(*lang, text, &ids, &mut problems));
        }
        if !problems.is_empty() {
            return Err(KbError::Invalid(problems));
        }
        self.examples = all;
        Ok(self)
    }

    /// The labelled example questions (see `examples`).
    pub fn examples(&self) -> &[Example] {
        &self.examples
    }

    /// Builds a checked knowledge base from the text of facts.toml and the three faq.toml files.
    pub fn from_sources(
        facts: &str,
        en: &str,
        es: &str,
        zh: &str,
    ) -> Result<KnowledgeBase, KbError> {
        KnowledgeBase::build(Some(facts), en, es, zh)
    }

    /// Builds a knowledge base from the three faq.toml files that only has to parse: any ids,
    /// any number of topics, no facts (so no checked dates). For benchmarks and experiments
    /// with synthetic data; the bot should use [`Self::load_dir`].
    pub fn from_sources_unchecked(en: &str, es: &str, zh: &str) -> Result<KnowledgeBase, KbError> {
        KnowledgeBase::build(None, en, es, zh)
    }

    /// Checked when `facts` is given, else only parsed.
    fn build(facts: Option<&str>, en: &str, es: &str, zh: &str) -> Result<KnowledgeBase, KbError> {
        let sources = [(Lang::En, en), (Lang::Es, es), (Lang::Zh, zh)];
        let parsed = parse_and_check(facts, &sources);
        let strict = facts.is_some();
        if !parsed.complete || (strict && !parsed.problems.is_empty()) {
            return Err(KbError::Invalid(parsed.problems));
        }
        Ok(assemble(parsed))
    }

    /// Every topic, ordered by category (menu order) then by position in the English file.
    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.by_id.get(id).map(|&i| &self.topics[i])
    }

    /// The "how to top up" topic for `operator` (a code such as "claro"): the topic offering
    /// "topup-guide" for that operator, else the one for every operator.
    pub fn topup_guide(&self, operator: &str) -> Option<&Topic> {
        let guide = |op: Option<&str>| {
            self.topics.iter().find(|t| {
                t.offers.iter().any(|o| o == "topup-guide") && t.operator.as_deref() == op
            })
        };
        guide(Some(operator)).or_else(|| guide(None))
    }

    /// Categories in menu order.
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// Topics of one category, in [`Self::topics`] order.
    pub fn topics_in<'a>(&'a self, category: &'a str) -> impl Iterator<Item = &'a Topic> + 'a {
        self.topics.iter().filter(move |t| t.category == category)
    }

    /// Synonym groups written in `lang`'s file (the matcher applies all languages' groups).
    pub fn synonyms(&self, lang: Lang) -> &[Vec<String>] {
        &self.synonyms[slot(lang)]
    }

    /// Small-talk phrases written in `lang`'s file.
    pub fn smalltalk(&self, lang: Lang) -> &SmallTalkPhrases {
        &self.smalltalk[slot(lang)]
    }
}

/// Merges the parsed files into topics ordered by category, then English file order (then the
/// other files' order for ids English lacks, which only an unchecked base can have).
fn assemble(parsed: Parsed) -> KnowledgeBase {
    let mut kb = KnowledgeBase::default();
    let facts = parsed.facts.as_ref();
    let files = sorted_english_first(parsed.files);
    for (lang, file) in &files {
        for (id, raw) in &file.topic.0 {
            let index = *kb.by_id.entry(id.clone()).or_insert_with(|| {
                kb.topics.push(Topic {
                    id: id.clone(),
                    category: raw.category.clone(),
                    operator: raw.operator.clone(),
                    offers: raw.offers.clone(),
                    texts: Default::default(),
                });
                kb.topics.len() - 1
            });
            kb.topics[index].texts[slot(*lang)] = TopicText::new(raw.clone(), facts);
        }
    }
    // A stable sort keeps file order within each category.
    kb.topics
        .sort_by_key(|topic| category_rank(&topic.category));
    kb.by_id = kb
        .topics
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.clone(), i))
        .collect();
    add_language_data(&mut kb, files);
    kb
}

fn sorted_english_first(mut files: Vec<(Lang, RawFile)>) -> Vec<(Lang, RawFile)> {
    files.sort_by_key(|(lang, _)| *lang != Lang::En);
    files
}

fn category_rank(category: &str) -> usize {
    CATEGORY_IDS
        .iter()
        .position(|c| *c == category)
        .unwrap_or(CATEGORY_IDS.len())
}

fn add_language_data(kb: &mut KnowledgeBase, files: Vec<(Lang, RawFile)>) {
    let mut labels: HashMap<String, [String; 3]> = HashMap::new();
    for (lang, file) in files {
        for (id, label) in file.categories {
            labels.entry(id).or_default()[slot(lang)] = label.trim().to_owned();
        }
        kb.synonyms[slot(lang)] = file.synonyms.groups;
        kb.smalltalk[slot(lang)] = SmallTalkPhrases {
            greetings: file.smalltalk.greetings,
            thanks: file.smalltalk.thanks,
            other: file.smalltalk.other,
        };
    }
    kb.categories = CATEGORY_IDS
        .iter()
        .map(|id| Category {
            id: (*id).to_owned(),
            labels: labels.remove(*id).unwrap_or_default(),
        })
        .collect();
}

#[cfg(test)]
mod tests;
