//! The labelled example questions beside the knowledge base (`locales/examples/<lang>.toml`):
//! what users asked, each with the topic that answers it or `none` when the bot does not cover
//! it. The matcher finds topics by them as well as by the topics' own questions, and scores how
//! close a question comes to the out-of-scope ones; `recarga tune` fits the confidence on them.

use serde::Deserialize;

use super::problem::Problem;
use crate::lang::Lang;

/// A question users asked, labelled by an editor: more text to find a topic by (`topic` is its
/// number), or, with `topic: None`, an example of what the bot does not cover.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// The language it was filed under.
    pub lang: Lang,
    pub text: String,
    pub topic: Option<usize>,
}

/// Which of a topic's questions a matcher leaves out of its index: `(topic number, language,
/// question number) -> leave out`. For cross-validation over the knowledge base's phrasings.
pub type LeaveOut<'a> = &'a dyn Fn(usize, Lang, usize) -> bool;

/// The folder, beside facts.toml, holding one examples file per language.
pub const EXAMPLES_DIR: &str = "examples";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    q: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    lang: String,
    text: String,
    topic: String,
}

/// Parses one language's examples against the topic ids (in knowledge-base order); every
/// problem is reported, naming the file and the question.
pub(crate) fn parse(
    lang: Lang,
    text: &str,
    topic_ids: &[&str],
    problems: &mut Vec<Problem>,
) -> Vec<Example> {
    let file = format!("{EXAMPLES_DIR}/{}.toml", lang.code());
    let problem = |message: String| Problem {
        file: file.clone(),
        topic: None,
        message,
    };
    let parsed: File = match toml::from_str(text) {
        Ok(parsed) => parsed,
        Err(error) => {
            problems.push(problem(format!("not valid: {}", error.message())));
            return Vec::new();
        }
    };
    let mut examples = Vec::new();
    for entry in parsed.q {
        let text = entry.text.trim();
        if entry.lang != lang.code() {
            problems.push(problem(format!(
                "{text:?}: lang `{}` in the {} file",
                entry.lang,
                lang.code()
            )));
            continue;
        }
        if text.is_empty() {
            problems.push(problem("an example with no text".to_owned()));
            continue;
        }
        let topic = if entry.topic == "none" {
            None
        } else if let Some(number) = topic_ids.iter().position(|id| *id == entry.topic) {
            Some(number)
        } else {
            problems.push(problem(format!(
                "{text:?}: unknown topic `{}`",
                entry.topic
            )));
            continue;
        };
        examples.push(Example {
            lang,
            text: text.to_owned(),
            topic,
        });
    }
    examples
}

#[cfg(test)]
mod tests;
