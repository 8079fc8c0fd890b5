//! The inverted index and its scoring. Two families of documents per topic, in all three
//! languages at once: every phrasing (title, each question, the keyword list) as its own short
//! document, where a topic scores its best phrasing; and one topic document, the union of them all.
//!
//! Only the best few hundred topics by topic document have their phrasings scored, so a
//! question stays fast with 10,000 topics. It knows tokens and topic numbers only; the matcher
//! turns scores into decisions.

use rustc_hash::FxHashMap;

use super::collection::Collection;
use super::phrasings::Phrasings;
use crate::faq::tuning::Bm25Params;

/// Topics whose phrasings are scored for one question: the best ones by topic document. With
/// fewer topics than this (the shipped base has 43), every topic is scored exactly.
const CANDIDATES: usize = 300;

/// Scores of every topic for one query, and the perfect score they are measured against.
#[derive(Debug, Clone)]
pub(crate) struct Scores {
    /// Raw score per topic number (best phrasing + weighted topic document + cosine mix).
    pub per_topic: Vec<f32>,
    /// Per topic number, the share (0..1) of the query's weighted idf found in the topic.
    pub coverage: Vec<f32>,
    /// Score a perfect match would get; `per_topic / ideal` is about 0..1.
    pub ideal: f32,
    /// How many distinct query tokens the index knows.
    pub known: usize,
    /// Topic numbers of the phrasings nearest the query (cosine), nearest first.
    pub nearest: Vec<usize>,
}

/// One token of a question, with how much it counts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct QueryTerm {
    /// The token.
    pub token: String,
    /// Multiplies the token's idf when the index knows it.
    pub weight: f32,
    /// When the index does not know it: how much of a never-seen term it adds to the perfect
    /// score (unknown words make a question less likely to be about the knowledge base).
    pub if_unknown: f32,
}

/// The inverted index over all topics.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    vocab: FxHashMap<String, u32>,
    /// Document-side weight of each term (as given when first added).
    token_weight: Vec<f32>,
    /// Token weight times topic-level idf, per term; filled by `finish`.
    term_weights: Vec<f32>,
    phrasings: Phrasings,
    topics: Collection,
    n_topics: usize,
}

impl Index {
    /// An empty index for `n_topics` topics.
    pub(crate) fn new(n_topics: usize) -> Index {
        Index {
            n_topics,
            ..Index::default()
        }
    }

    fn intern(&mut self, tokens: &[(String, f32)]) -> Vec<u32> {
        let mut ids = Vec::with_capacity(tokens.len());
        for (token, weight) in tokens {
            let next = self.vocab.len() as u32;
            let id = *self.vocab.entry(token.clone()).or_insert(next);
            if id == next {
                self.token_weight.push(*weight);
            }
            ids.push(id);
        }
        ids
    }

    /// Adds one phrasing (a title, a question, a keyword list) of topic number `topic`, as
    /// tokens with their weights.
    pub(crate) fn add_phrasing(&mut self, topic: usize, tokens: &[(String, f32)]) {
        let terms = self.intern(tokens);
        self.phrasings.add(topic, &terms);
    }

    /// Adds the topic document: every token of every phrasing of the topic.
    pub(crate) fn add_topic(&mut self, topic: usize, tokens: &[(String, f32)]) {
        let terms = self.intern(tokens);
        self.topics.add(topic as u32, &terms);
    }

    /// Call once after the last `add_*`, with the BM25 parameters questions will be scored
    /// with.
    pub(crate) fn finish(&mut self, p: &Bm25Params) {
        // Idf comes from the topic documents: what tells topics apart is how few topics use a
        // word, not how few phrasings.
        self.term_weights = (0..self.token_weight.len())
            .map(|t| self.token_weight[t] * self.topics.idf(Some(t as u32)))
            .collect();
        self.phrasings.finish(&self.term_weights, p);
        self.topics.finish();
    }

    /// True when some document contains the token.
    pub(crate) fn knows(&self, token: &str) -> bool {
        self.vocab.contains_key(token)
    }

    /// For a debugging trace: the term's weighted idf (None when unknown) and the topics (by
    /// number) whose documents contain it.
    pub(crate) fn describe(&self, term: &QueryTerm) -> (Option<f32>, Vec<usize>) {
        let Some(&id) = self.vocab.get(&term.token) else {
            return (None, Vec::new());
        };
        let topics = self.topics_of(id).collect();
        (Some(self.topics.idf(Some(id)) * term.weight), topics)
    }

    fn topics_of(&self, id: u32) -> impl Iterator<Item = usize> + '_ {
        let postings = self.topics.postings.get(id as usize).into_iter().flatten();
        postings.map(|p| self.topics.doc_topic[p.doc as usize] as usize)
    }

    /// Per topic number: whether its documents contain any of the tokens.
    pub(crate) fn topics_with_any(&self, tokens: &[&str]) -> Vec<bool> {
        let mut found = vec![false; self.n_topics];
        for id in tokens.iter().filter_map(|t| self.vocab.get(*t)) {
            for topic in self.topics_of(*id) {
                found[topic] = true;
            }
        }
        found
    }

    /// Scores every topic against the query terms (a repeated token counts once, with its
    /// highest weight). Term weights are topic-level idf times the query weight.
    pub(crate) fn score(&self, query: &[QueryTerm], p: &Bm25Params) -> Scores {
        let (known, ideal_weights) = self.weigh(query);
        let mut topic_doc = vec![0.0f32; self.n_topics];
        self.topics.bm25(&known, p, &mut topic_doc);
        let len = ideal_weights.len() as f32;
        let bm25_ideal = self.phrasings.ideal(&ideal_weights, len, p)
            + p.topic_weight * self.topics.ideal(&ideal_weights, len, p);
        let q_norm = ideal_weights.iter().map(|w| w * w).sum::<f32>().sqrt();
        let mut sorted = known.clone();
        sorted.sort_unstable_by_key(|&(term, _)| term);
        let mut per_topic = vec![0.0f32; self.n_topics];
        let topics = candidates(&topic_doc);
        let (bests, nearest) =
            self.phrasings
                .best_of(&topics, &sorted, &self.term_weights, q_norm, p);
        for (&topic, best) in topics.iter().zip(bests) {
            // Cosine is already relative (0..1), so it is scaled to BM25 units before mixing.
            per_topic[topic] = best.bm25
                + p.topic_weight * topic_doc[topic]
                + p.cosine_mix * best.cosine * bm25_ideal;
        }
        let total: f32 = ideal_weights.iter().sum();
        Scores {
            per_topic,
            coverage: self.coverage(&known, total),
            ideal: bm25_ideal * (1.0 + p.cosine_mix),
            known: known.len(),
            nearest,
        }
    }

    /// Distinct query terms (a repeated token counts once, with its highest weight): the known
    /// ones as (term id, weighted idf), and every term's weight in the perfect score.
    fn weigh(&self, query: &[QueryTerm]) -> (Vec<(u32, f32)>, Vec<f32>) {
        let mut distinct: Vec<&QueryTerm> = query.iter().collect();
        distinct.sort_by(|a, b| a.token.cmp(&b.token).then(b.weight.total_cmp(&a.weight)));
        distinct.dedup_by(|a, b| a.token == b.token);
        let mut known = Vec::new();
        let mut ideal_weights = Vec::new();
        for term in distinct {
            match self.vocab.get(&term.token) {
                Some(&id) => {
                    let idf = self.topics.idf(Some(id)) * term.weight;
                    known.push((id, idf));
                    ideal_weights.push(idf);
                }
                None => ideal_weights.push(self.topics.idf(None) * term.if_unknown),
            }
        }
        (known, ideal_weights)
    }

    /// Per topic, the share of `total` (the query's weighted idf mass) carried by terms that
    /// appear anywhere in the topic's documents.
    fn coverage(&self, terms: &[(u32, f32)], total: f32) -> Vec<f32> {
        let mut covered = vec![0.0f32; self.n_topics];
        for &(term, weight) in terms {
            for topic in self.topics_of(term) {
                covered[topic] += weight;
            }
        }
        covered
            .iter()
            .map(|c| c / total.max(f32::EPSILON))
            .collect()
    }
}

/// Topic numbers with a positive topic-document score, at most `CANDIDATES` of them (the best).
fn candidates(topic_doc: &[f32]) -> Vec<usize> {
    let mut matched: Vec<usize> = (0..topic_doc.len())
        .filter(|&t| topic_doc[t] > 0.0)
        .collect();
    if matched.len() > CANDIDATES {
        matched.select_nth_unstable_by(CANDIDATES, |&a, &b| topic_doc[b].total_cmp(&topic_doc[a]));
        matched.truncate(CANDIDATES);
    }
    matched
}

#[cfg(test)]
mod tests;
