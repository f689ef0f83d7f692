//! What the linter reports.

use serde::{Deserialize, Serialize};

use crate::capability::Capability;
use crate::lines::Position;
use crate::severity::Severity;

/// One finding: a rule matched at a place in the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// `PJ` and three digits, e.g. `PJ201`.
    pub rule_id: String,
    /// The rule's name, e.g. `function-globals`.
    pub name: String,
    pub severity: Severity,
    pub category: String,
    /// What the finding's code can reach.
    pub capability: Capability,
    /// One line saying what was found.
    pub message: String,
    /// What the finding is about, folded from the code: a file path (`/etc/passwd`,
    /// `~/.bashrc`) or a network endpoint (`10.0.0.1:4444`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// One line saying how to fix or suppress it.
    pub help: String,
    /// Byte offsets `[start, end)` into the source as given.
    pub range: (usize, usize),
    /// 1-based line and column (in characters) of `range.0`.
    pub start: Position,
    /// 1-based line and column (in characters) of `range.1`.
    pub end: Position,
}

/// The findings of one rule that a source had past [`MAX_FINDINGS`](crate::MAX_FINDINGS):
/// counted, not kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftOut {
    pub rule_id: String,
    pub name: String,
    pub severity: Severity,
    pub category: String,
    pub capability: Capability,
    /// Findings no comment suppressed.
    pub count: usize,
    /// Findings a `# pyjail: ignore[...]` comment suppressed.
    pub suppressed: usize,
}

impl Finding {
    /// The finding as one line of the `concise` output format:
    /// `path:line:col: ID [severity] message`.
    pub fn concise(&self, path: &str) -> String {
        format!(
            "{path}:{}:{}: {} [{}] {}",
            self.start.line, self.start.column, self.rule_id, self.severity, self.message
        )
    }
}
