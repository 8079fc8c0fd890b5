//! The topic documents (one per topic, the union of its phrasings) as an inverted index:
//! posting lists, lengths, idf and BM25. It also answers "which topics use this word".
//!
//! Mixing it with the phrasings is `index`'s job.

use std::collections::HashMap;

use crate::faq::tuning::Bm25Params;

/// One document's entry in a term's posting list.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Posting {
    pub doc: u32,
    pub tf: u16,
}

/// A collection of documents: posting lists by term id, lengths and owning topics.
#[derive(Debug, Clone, Default)]
pub(crate) struct Collection {
    pub postings: Vec<Vec<Posting>>,
    pub doc_topic: Vec<u32>,
    doc_len: Vec<f32>,
    avg_len: f32,
}

impl Collection {
    pub(crate) fn add(&mut self, topic: u32, terms: &[u32]) {
        if terms.is_empty() {
            return;
        }
        let doc = self.doc_topic.len() as u32;
        let mut counts: HashMap<u32, u16> = HashMap::new();
        for &term in terms {
            *counts.entry(term).or_default() += 1;
        }
        for (term, tf) in counts {
            let term = term as usize;
            if self.postings.len() <= term {
                self.postings.resize_with(term + 1, Vec::new);
            }
            self.postings[term].push(Posting { doc, tf });
        }
        self.doc_topic.push(topic);
        self.doc_len.push(terms.len() as f32);
    }

    pub(crate) fn finish(&mut self) {
        let total: f32 = self.doc_len.iter().sum();
        self.avg_len = (total / self.doc_len.len().max(1) as f32).max(1.0);
    }

    /// Always positive (the "+1" variant), so a term in every document still counts a little.
    pub(crate) fn idf(&self, term: Option<u32>) -> f32 {
        let n = self.doc_len.len() as f32;
        let df = term
            .and_then(|t| self.postings.get(t as usize))
            .map_or(0.0, |p| p.len() as f32);
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// BM25 of every document for the weighted terms; each topic keeps its best document.
    pub(crate) fn bm25(&self, terms: &[(u32, f32)], p: &Bm25Params, per_topic: &mut [f32]) {
        let mut per_doc = vec![0.0f32; self.doc_len.len()];
        for &(term, idf) in terms {
            for posting in self.postings.get(term as usize).into_iter().flatten() {
                let doc = posting.doc as usize;
                let len_norm = 1.0 - p.b + p.b * self.doc_len[doc] / self.avg_len;
                let tf = f32::from(posting.tf);
                per_doc[doc] += idf * tf * (p.k1 + 1.0) / (tf + p.k1 * len_norm);
            }
        }
        self.best_per_topic(&per_doc, per_topic);
    }

    fn best_per_topic(&self, per_doc: &[f32], per_topic: &mut [f32]) {
        for (doc, &score) in per_doc.iter().enumerate() {
            let topic = &mut per_topic[self.doc_topic[doc] as usize];
            *topic = topic.max(score);
        }
    }

    /// The BM25 score of a document identical to the query, given its weighted idfs and
    /// length: what a perfect match would get.
    pub(crate) fn ideal(&self, weights: &[f32], len: f32, p: &Bm25Params) -> f32 {
        let len_norm = 1.0 - p.b + p.b * len / self.avg_len;
        let per_term = (p.k1 + 1.0) / (1.0 + p.k1 * len_norm);
        weights.iter().map(|w| w * per_term).sum()
    }
}

/// Damped term frequency: a word said twice is not twice as relevant.
pub(crate) fn tf_weight(tf: u16) -> f32 {
    // Most terms occur once in a phrasing: skip the logarithm for them.
    if tf <= 1 {
        1.0
    } else {
        1.0 + f32::from(tf).ln()
    }
}
