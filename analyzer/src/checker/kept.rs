//! The findings a walk keeps: at most [`MAX_FINDINGS`](crate::MAX_FINDINGS), the strongest
//! (most severe, then earliest in the source), whatever order the walk makes them in; the
//! rest are only counted, per rule. A source of a million matching lines costs a thousand
//! findings' memory, and which ones are kept is not the source's choice: weaker findings
//! made first do not crowd out a stronger one made last.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use crate::rules::{RuleIdx, RuleSet};
use crate::severity::Severity;
use crate::MAX_FINDINGS;

use super::RawFinding;

/// Whether a `# pyjail: ignore[...]` comment silences a rule at a byte range.
pub(crate) type Silencer<'s> = &'s (dyn Fn(RuleIdx, (usize, usize)) -> bool + Sync);

pub(crate) struct Kept<'r> {
    rules: &'r RuleSet,
    silenced: Silencer<'r>,
    /// The weakest kept finding on top, so it is the one a stronger finding replaces.
    heap: BinaryHeap<Ranked>,
    /// Per rule (by index): findings not kept, `[not silenced, silenced]`.
    left_out: Vec<[usize; 2]>,
    /// The newest findings, not ranked yet: a call's arguments can still name a client's
    /// endpoint or show the call harmless ([`Kept::recent_mut`], [`Kept::withdraw`]).
    recent: VecDeque<RawFinding>,
    /// Above zero while the walk is in code whose findings do not count (a type named in an
    /// annotation or an `isinstance` check, `if TYPE_CHECKING:`).
    muted: usize,
}

/// How many of the newest findings stay open to change.
const RECENT: usize = 16;

/// A kept finding, ordered from strongest to weakest.
struct Ranked {
    key: (Reverse<Severity>, (usize, usize), usize),
    finding: RawFinding,
    silenced: bool,
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}
impl Eq for Ranked {}
impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key.cmp(&other.key)
    }
}

/// What a walk kept, and how many findings of each rule it left out.
#[derive(Default)]
pub(crate) struct KeptFindings {
    /// In source order, each with whether a comment silenced it.
    pub findings: Vec<(RawFinding, bool)>,
    /// Per rule index: `[not silenced, silenced]` findings left out.
    pub left_out: Vec<[usize; 2]>,
}

impl<'r> Kept<'r> {
    /// Keeps at most [`MAX_FINDINGS`]; `silenced` tells which findings a comment suppresses.
    pub(crate) fn new(rules: &'r RuleSet, silenced: Silencer<'r>) -> Kept<'r> {
        Kept {
            rules,
            silenced,
            heap: BinaryHeap::new(),
            left_out: Vec::new(),
            recent: VecDeque::new(),
            muted: 0,
        }
    }

    pub(crate) fn push(&mut self, finding: RawFinding) {
        if self.muted > 0 {
            return;
        }
        self.recent.push_back(finding);
        if self.recent.len() > RECENT {
            let oldest = self.recent.pop_front().expect("more than RECENT");
            self.rank(oldest);
        }
    }

    /// The newest findings, newest last, still open to change.
    pub(crate) fn recent_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut RawFinding> {
        self.recent.iter_mut()
    }

    /// Drops the newest finding `which` picks among the recent ones.
    pub(crate) fn withdraw(&mut self, which: impl Fn(&RawFinding) -> bool) {
        if let Some(at) = self.recent.iter().rposition(which) {
            self.recent.remove(at);
        }
    }

    /// Findings made until the matching [`Kept::unmute`] do not count.
    pub(crate) fn mute(&mut self) {
        self.muted += 1;
    }

    pub(crate) fn unmute(&mut self) {
        self.muted -= 1;
    }

    fn rank(&mut self, finding: RawFinding) {
        let silenced = (self.silenced)(finding.rule, finding.range);
        let key = (
            Reverse(self.rules.rule(finding.rule).doc.severity),
            finding.range,
            finding.rule.0,
        );
        let ranked = Ranked {
            key,
            finding,
            silenced,
        };
        if self.heap.len() < MAX_FINDINGS {
            self.heap.push(ranked);
            return;
        }
        let left_out = match self.heap.peek_mut() {
            Some(mut weakest) if ranked < *weakest => std::mem::replace(&mut *weakest, ranked),
            _ => ranked,
        };
        self.count(left_out.finding.rule, left_out.silenced, 1);
    }

    /// Counts `n` findings of `rule` at `range` as left out (findings of code linted apart,
    /// e.g. passed to `exec`, that were not kept there either).
    pub(crate) fn left_out_at(&mut self, rule: RuleIdx, range: (usize, usize), n: usize) {
        if n > 0 && self.muted == 0 {
            let silenced = (self.silenced)(rule, range);
            self.count(rule, silenced, n);
        }
    }

    fn count(&mut self, rule: RuleIdx, silenced: bool, n: usize) {
        if self.left_out.len() <= rule.0 {
            self.left_out.resize(rule.0 + 1, [0, 0]);
        }
        self.left_out[rule.0][usize::from(silenced)] += n;
    }

    pub(crate) fn into_findings(mut self) -> KeptFindings {
        while let Some(finding) = self.recent.pop_front() {
            self.rank(finding);
        }
        let mut findings: Vec<(RawFinding, bool)> = self
            .heap
            .into_vec()
            .into_iter()
            .map(|r| (r.finding, r.silenced))
            .collect();
        findings.sort_by(|a, b| {
            (a.0.range, a.0.rule.0, &a.0.message).cmp(&(b.0.range, b.0.rule.0, &b.0.message))
        });
        // A node the walk reached twice is one finding.
        findings.dedup_by(|a, b| a.0 == b.0);
        KeptFindings {
            findings,
            left_out: self.left_out,
        }
    }
}
