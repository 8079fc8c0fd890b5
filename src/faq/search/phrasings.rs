//! The phrasing documents (each title, question, keyword list and labelled example of each
//! topic), stored both ways: for each document its terms (for norms), and for each term the
//! documents holding it, so a question costs the length of its terms' postings, not the size of
//! every candidate topic's documents (examples are long and many).

use std::collections::HashMap;
use std::ops::Range;

use super::collection::tf_weight;

/// How many nearest documents `best_of` reports.
pub(crate) const NEIGHBOURS: usize = 5;
use crate::faq::tuning::Bm25Params;

/// Every phrasing document, grouped by topic.
#[derive(Debug, Clone, Default)]
pub(crate) struct Phrasings {
    /// (term id, term frequency) of every document, documents one after the other.
    terms: Vec<(u32, u16)>,
    /// Range of each document in `terms`.
    docs: Vec<Range<u32>>,
    /// Range of each topic's documents in `docs` (topics are added in order).
    topics: Vec<Range<u32>>,
    doc_len: Vec<f32>,
    avg_len: f32,
    /// Euclidean norm of each document's weighted vector (for cosine similarity).
    norms: Vec<f32>,
    /// For each term id, the documents holding it, with what the term's frequency there adds
    /// (computed once by `finish`: a question then costs a multiply-add per posting).
    postings: Vec<Vec<Posting>>,
    /// 1 / each document's norm.
    inverse_norms: Vec<f32>,
}

/// One document holding a term.
#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    /// BM25's saturation of the term frequency: tf / (tf + k1 · length norm).
    saturation: f32,
    /// The frequency's weight in the document vector (cosine).
    tf_weight: f32,
}

/// A topic's best phrasing under each measure.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Best {
    pub bm25: f32,
    pub cosine: f32,
}

impl Phrasings {
    /// Adds a document of topic number `topic`; topics must come in increasing order.
    pub(crate) fn add(&mut self, topic: usize, terms: &[u32]) {
        if terms.is_empty() {
            return;
        }
        while self.topics.len() <= topic {
            let next = self.docs.len() as u32;
            self.topics.push(next..next);
        }
        let mut counts: HashMap<u32, u16> = HashMap::new();
        for &term in terms {
            *counts.entry(term).or_default() += 1;
        }
        let start = self.terms.len() as u32;
        let mut counted: Vec<(u32, u16)> = counts.into_iter().collect();
        counted.sort_unstable();
        self.terms.extend(counted);
        self.docs.push(start..self.terms.len() as u32);
        self.doc_len.push(terms.len() as f32);
        self.topics[topic].end = self.docs.len() as u32;
    }

    /// Computes lengths, norms and postings; `weights` is the weight (idf included) of every
    /// term id, `p` the BM25 parameters questions will be scored with.
    pub(crate) fn finish(&mut self, weights: &[f32], p: &Bm25Params) {
        let total: f32 = self.doc_len.iter().sum();
        self.avg_len = (total / self.doc_len.len().max(1) as f32).max(1.0);
        self.norms = self
            .docs
            .iter()
            .map(|range| {
                let terms = &self.terms[range.start as usize..range.end as usize];
                let square = |&(t, tf): &(u32, u16)| (weights[t as usize] * tf_weight(tf)).powi(2);
                terms.iter().map(square).sum::<f32>().sqrt()
            })
            .collect();
        self.inverse_norms = self
            .norms
            .iter()
            .map(|n| 1.0 / n.max(f32::EPSILON))
            .collect();
        let mut postings: Vec<Vec<Posting>> = vec![Vec::new(); weights.len()];
        let per_len = p.b / self.avg_len;
        for (doc, range) in self.docs.iter().enumerate() {
            let len_norm = 1.0 - p.b + per_len * self.doc_len[doc];
            for &(term, tf) in &self.terms[range.start as usize..range.end as usize] {
                if let Some(list) = postings.get_mut(term as usize) {
                    let tf_f = f32::from(tf);
                    list.push(Posting {
                        doc: doc as u32,
                        saturation: tf_f / (tf_f + p.k1 * len_norm),
                        tf_weight: tf_weight(tf),
                    });
                }
            }
        }
        self.postings = postings;
    }

    /// [`Self::best`] for several topics at once, walking the query terms' postings: the same
    /// figures, in the order of `topics`.
    pub(crate) fn best_of(
        &self,
        topics: &[usize],
        query: &[(u32, f32)],
        weights: &[f32],
        q_norm: f32,
        p: &Bm25Params,
    ) -> (Vec<Best>, Vec<usize>) {
        let mut bm25 = vec![0.0f32; self.docs.len()];
        let mut dot = vec![0.0f32; self.docs.len()];
        for &(term, idf) in query {
            let weight = weights.get(term as usize).copied().unwrap_or(0.0);
            let (bm25_idf, dot_idf) = (idf * (p.k1 + 1.0), idf * weight);
            for posting in self.postings.get(term as usize).into_iter().flatten() {
                let doc = posting.doc as usize;
                bm25[doc] += bm25_idf * posting.saturation;
                dot[doc] += dot_idf * posting.tf_weight;
            }
        }
        // Cosine = dot / (document norm · question norm), as a product of inverses.
        let q_inverse = 1.0 / q_norm.max(f32::EPSILON);
        for (d, inverse) in dot.iter_mut().zip(&self.inverse_norms) {
            *d *= inverse * q_inverse;
        }
        // The nearest documents by cosine, whatever their topic: do the question's closest
        // phrasings agree?
        let mut nearest: Vec<(f32, u32)> = Vec::with_capacity(NEIGHBOURS + 1);
        for (topic, docs) in self.topics.iter().enumerate() {
            for &cosine in &dot[docs.start as usize..docs.end as usize] {
                if cosine > 0.0
                    && (nearest.len() < NEIGHBOURS || cosine > nearest[nearest.len() - 1].0)
                {
                    let at = nearest.partition_point(|&(c, _)| c >= cosine);
                    nearest.insert(at, (cosine, topic as u32));
                    nearest.truncate(NEIGHBOURS);
                }
            }
        }
        let nearest = nearest.iter().map(|&(_, t)| t as usize).collect();
        let bests = topics
            .iter()
            .map(|&topic| {
                let mut best = Best::default();
                let Some(docs) = self.topics.get(topic) else {
                    return best;
                };
                let docs = docs.start as usize..docs.end as usize;
                for (&bm25, &cosine) in bm25[docs.clone()].iter().zip(&dot[docs]) {
                    best.bm25 = best.bm25.max(bm25);
                    best.cosine = best.cosine.max(cosine);
                }
                best
            })
            .collect();
        (bests, nearest)
    }

    /// The best BM25 and the best cosine similarity among a topic's phrasings, for a query given
    /// as (term id, weighted idf) sorted by term id, with the query vector's norm.
    #[cfg(test)]
    pub(crate) fn best(
        &self,
        topic: usize,
        query: &[(u32, f32)],
        weights: &[f32],
        q_norm: f32,
        p: &Bm25Params,
    ) -> Best {
        let mut best = Best::default();
        let Some(docs) = self.topics.get(topic) else {
            return best;
        };
        for doc in docs.start as usize..docs.end as usize {
            let len_norm = 1.0 - p.b + p.b * self.doc_len[doc] / self.avg_len;
            let (mut bm25, mut dot) = (0.0f32, 0.0f32);
            let range = &self.docs[doc];
            let terms = &self.terms[range.start as usize..range.end as usize];
            // Both lists are sorted by term id: a merge finds the shared terms without hashing.
            let (mut i, mut j) = (0, 0);
            while i < terms.len() && j < query.len() {
                let ((term, tf), (q_term, idf)) = (terms[i], query[j]);
                if term < q_term {
                    i += 1;
                } else if term > q_term {
                    j += 1;
                } else {
                    let tf_f = f32::from(tf);
                    bm25 += idf * tf_f * (p.k1 + 1.0) / (tf_f + p.k1 * len_norm);
                    dot += idf * weights[term as usize] * tf_weight(tf);
                    i += 1;
                    j += 1;
                }
            }
            best.bm25 = best.bm25.max(bm25);
            best.cosine = best
                .cosine
                .max(dot / (self.norms[doc] * q_norm).max(f32::EPSILON));
        }
        best
    }

    /// The BM25 score of a phrasing identical to the query: what a perfect match would get.
    pub(crate) fn ideal(&self, weights: &[f32], len: f32, p: &Bm25Params) -> f32 {
        let len_norm = 1.0 - p.b + p.b * len / self.avg_len;
        let per_term = (p.k1 + 1.0) / (1.0 + p.k1 * len_norm);
        weights.iter().map(|w| w * per_term).sum()
    }
}

#[cfg(test)]
mod tests;
