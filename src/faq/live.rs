//! The knowledge base the bot answers from right now, and its reload: a new one replaces it only
//! when it loads and checks clean, so a broken edit never takes a working bot down.
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use super::{KbError, KnowledgeBase, Matcher};
use crate::lang::Lang;

/// A loaded knowledge base and the matcher built over it.
pub struct Faq {
    pub kb: KnowledgeBase,
    pub matcher: Matcher,
}

impl Faq {
    fn new(kb: KnowledgeBase) -> Faq {
        let matcher = Matcher::new(&kb);
        Faq { kb, matcher }
    }
}

/// Where the knowledge base is read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FaqSource {
    /// `<dir>/facts.toml` and `<dir>/{en,es,zh}/faq.toml`, re-read by a reload.
    Dir(PathBuf),
    /// The copy compiled into the binary (no files found at start-up).
    Embedded,
}

impl FaqSource {
    /// `RECARGA_FAQ_DIR` when set; else `./locales` when it holds a knowledge base; else the
    /// embedded copy, so an installed binary answers from anywhere.
    pub fn resolve(configured: Option<&Path>) -> FaqSource {
        match configured {
            Some(dir) => FaqSource::Dir(dir.to_owned()),
            None if Path::new("locales/en/faq.toml").exists() => FaqSource::Dir("locales".into()),
            None => FaqSource::Embedded,
        }
    }

    fn load(&self) -> Result<KnowledgeBase, KbError> {
        match self {
            FaqSource::Dir(dir) => KnowledgeBase::load_dir(dir),
            FaqSource::Embedded => KnowledgeBase::from_sources(
                include_str!("../../locales/facts.toml"),
                include_str!("../../locales/en/faq.toml"),
                include_str!("../../locales/es/faq.toml"),
                include_str!("../../locales/zh/faq.toml"),
            )?
            .with_examples(&[
                (Lang::Zh, include_str!("../../locales/examples/zh.toml")),
                (Lang::Es, include_str!("../../locales/examples/es.toml")),
                (Lang::En, include_str!("../../locales/examples/en.toml")),
            ]),
        }
    }
}

/// The current knowledge base, shared by every handler.
pub struct LiveFaq {
    source: FaqSource,
    current: RwLock<Arc<Faq>>,
}

impl LiveFaq {
    /// Loads the knowledge base from `source`; fails with every problem found.
    pub fn open(source: FaqSource) -> Result<LiveFaq, KbError> {
        let faq = Faq::new(source.load()?);
        Ok(LiveFaq {
            source,
            current: RwLock::new(Arc::new(faq)),
        })
    }

    /// The knowledge base to answer from (cheap: an `Arc` clone).
    pub fn current(&self) -> Arc<Faq> {
        match self.current.read() {
            Ok(guard) => guard.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Where it is read from.
    pub fn source(&self) -> &FaqSource {
        &self.source
    }

    /// Re-reads the source; on success swaps it in and returns the topic count, on failure
    /// keeps the current one and returns the problems.
    pub fn reload(&self) -> Result<usize, KbError> {
        let faq = Arc::new(Faq::new(self.source.load()?));
        let topics = faq.kb.topics().len();
        match self.current.write() {
            Ok(mut guard) => *guard = faq,
            Err(poisoned) => *poisoned.into_inner() = faq,
        }
        Ok(topics)
    }
}
