//! Small talk: recognises messages that are only a greeting, a thank-you or chit-chat ("ok",
//! "bye"), in any language, so the bot replies politely instead of guessing a topic.
//!
//! A message counts when it is covered by small-talk phrases plus filler words, or when what is
//! left is at most two words the knowledge base does not know ("hola amigo", "thanks mate").

use rustc_hash::{FxHashMap, FxHashSet};

use crate::faq::analysis::normalize::normalize;
use crate::faq::analysis::tokenize::Units;
use crate::faq::analysis::words::STOP_WORDS;
use crate::faq::decide::outcome::SmallTalk;
use crate::faq::kb::KnowledgeBase;
use crate::lang::Lang;

// Words that often pad a greeting or a thank-you without adding a question.
const FILLERS: &[&str] = &[
    "bot",
    "there",
    "so",
    "much",
    "very",
    "lot",
    "again",
    "all",
    "everyone",
    "guys",
    "friend",
    "mate",
    "bro",
    "dear",
    "too",
    "really",
    "amigo",
    "amiga",
    "muchas",
    "muchisimas",
    "mucho",
    "senor",
    "senorita",
    "todos",
    "buenas",
    "igualmente",
    "tambien",
    "nuevo",
    "ya",
    "vale",
    "啦",
    "哈",
    "哈哈",
    "嗯",
    "哦",
    "噢",
    "喔",
    "们",
    "大家",
    "非常",
    "太",
    "多",
    "好",
    "呀",
];

/// Longest run of unknown words still accepted around a small-talk phrase.
const MAX_LEFTOVER: usize = 2;

/// Small-talk phrases of all languages, matched on units (stemmed words, CJK characters).
#[derive(Debug, Clone, Default)]
pub(crate) struct SmallTalkDetector {
    phrases: FxHashMap<Vec<String>, SmallTalk>,
    ignorable: FxHashSet<String>,
    max_len: usize,
}

impl SmallTalkDetector {
    /// Collects every language's small-talk phrases from the knowledge base.
    pub(crate) fn new(kb: &KnowledgeBase) -> SmallTalkDetector {
        let mut detector = SmallTalkDetector::default();
        for lang in Lang::ALL {
            let phrases = kb.smalltalk(lang);
            for (list, kind) in [
                (&phrases.thanks, SmallTalk::Thanks),
                (&phrases.greetings, SmallTalk::Greeting),
                (&phrases.other, SmallTalk::Other),
            ] {
                for phrase in list {
                    let keys = Units::of(&normalize(phrase)).keys;
                    if !keys.is_empty() {
                        detector.max_len = detector.max_len.max(keys.len());
                        detector.phrases.entry(keys).or_insert(kind);
                    }
                }
            }
        }
        for word in FILLERS.iter().chain(STOP_WORDS) {
            detector.ignorable.extend(Units::of(&normalize(word)).keys);
        }
        detector
    }

    /// Every unit key of every phrase (for the typo lexicon).
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.phrases.keys().flatten().map(String::as_str)
    }

    /// The kind of small talk the message is, if it is only small talk. `is_content` says whether
    /// leftover units mean something to the knowledge base ("hi, recharge?" is a question).
    pub(crate) fn detect(
        &self,
        units: &Units,
        is_content: impl Fn(&Units) -> bool,
    ) -> Option<SmallTalk> {
        let mut kinds = Vec::new();
        let mut leftover = Units::default();
        let mut i = 0;
        while i < units.len() {
            match self.longest_phrase(&units.keys, i) {
                Some((len, kind)) => {
                    kinds.push(kind);
                    i += len;
                }
                None => {
                    if !self.ignorable.contains(&units.keys[i]) {
                        if leftover.len() == MAX_LEFTOVER {
                            // Too much else besides the small talk: a question.
                            return None;
                        }
                        leftover.keys.push(units.keys[i].clone());
                        leftover.lens.push(units.lens[i]);
                        leftover.cjk.push(units.cjk[i]);
                    }
                    i += 1;
                }
            }
        }
        let kind = [SmallTalk::Thanks, SmallTalk::Greeting, SmallTalk::Other]
            .into_iter()
            .find(|k| kinds.contains(k))?;
        let only_talk =
            leftover.is_empty() || (leftover.len() <= MAX_LEFTOVER && !is_content(&leftover));
        only_talk.then_some(kind)
    }

    fn longest_phrase(&self, keys: &[String], start: usize) -> Option<(usize, SmallTalk)> {
        let longest = self.max_len.min(keys.len() - start);
        (1..=longest)
            .rev()
            .find_map(|len| Some((len, *self.phrases.get(&keys[start..start + len])?)))
    }
}

#[cfg(test)]
mod tests;
