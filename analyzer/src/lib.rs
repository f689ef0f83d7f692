//! Static analysis of Python source for sandbox-escape patterns (`pyjail lint`).
//!
//! Advisory: a linter finds known patterns, obfuscated ones included, but cannot prove code
//! harmless; the jail is the boundary. The API is small on purpose, for the CLI, the
//! language server and threat reports:
//!
//! ```
//! use analyzer::{Linter, RuleSet, Severity};
//!
//! let linter = Linter::new(RuleSet::embedded());
//! let findings = linter.lint("x.py", b"f = ().__class__.__base__.__subclasses__()\n").unwrap();
//! assert!(findings.iter().any(|f| f.rule_id == "PJ101" && f.severity == Severity::High));
//! assert_eq!(findings[0].start.line, 1);
//! ```
//!
//! - [`RuleSet::embedded`] / [`RuleSet::load`]: the rules (built in, or with rule files on
//!   top); [`RuleSet::select`] narrows them; [`RuleSet::get`] and [`RuleDoc::to_markdown`]
//!   give a rule's documentation (what `pyjail explain` prints and an editor hover shows).
//! - [`Linter::new`] compiles a rule set; a `Linter` is `Send + Sync`.
//! - [`Linter::lint`] returns [`Finding`]s (rule, severity, message, help, byte range,
//!   1-based line/column in characters), sorted by position, with
//!   `# pyjail: ignore[ID,...]` suppressions applied; [`Linter::lint_with_suppressed`] also
//!   returns the suppressed ones, and the findings of a source that could only be linted in
//!   part next to the reason ([`Linted::error`]).
//! - [`Finding::concise`] and [`SourceError::concise`] are the lines of the `concise` output
//!   format, one owner for `pyjail lint --output-format concise` and the rule fixtures'
//!   snapshots.
//! - Source that cannot be linted (completely) is a [`SourceError`] (a miette diagnostic
//!   labelled at the spot): syntax errors, syntax of Python versions other than 3.8-3.14,
//!   a code-changing encoding declaration, invalid UTF-8, NUL bytes, oversized or too
//!   deeply nested input. It is never reported clean. [`SourceError::kind`] and
//!   [`SourceError::location`] give its machine-readable kind and place.
//! - Linting needs a deep stack for pathological input: `lint` runs on the calling thread
//!   when it has [`WORKER_STACK_BYTES`] of stack left (give worker threads that much), and on
//!   a thread of its own otherwise. Sources over [`MAX_SOURCE_BYTES`] are refused.

// Errors carry the source text so that they render as labelled diagnostics; they are rare
// and never on a hot path, so their size does not matter.
#![allow(clippy::result_large_err)]

mod budget;
mod capability;
mod checker;
mod error;
mod finding;
mod fold;
mod lines;
mod linter;
mod names;
mod plain_data;
mod rules;
mod scan;
mod semantic;
mod severity;
mod stdlib_start;

pub use capability::{summarize, Capability, UnknownCapability};
pub use error::{ErrorLocation, SourceError};
pub use finding::{Finding, LeftOut};
pub use lines::Position;
pub use linter::{
    CleanConstantCode, Linted, Linter, MAX_FINDINGS, MAX_SOURCE_BYTES, WORKER_STACK_BYTES,
};
pub use plain_data::is_plain_data_global;
pub use rules::{selector_matches, RuleDoc, RuleKind, RuleRef, RuleSet, RulesError};
pub use semantic::file_target::{classify_path, Class as PathClass};
pub use severity::{Severity, UnknownSeverity};
pub use stdlib_start::{stdlib_start, StdlibStart};

/// Whether a finding of `rule_id` accounts for the audit event `event` raised straight
/// from the finding's own line: the finding has shown that use harmless (a bounded heap
/// walk; constant code linted clean, whose `compile` the report checks is that code).
pub fn accounts_for_event(rule_id: &str, event: &str) -> bool {
    use semantic::{bounded_heap_walk, constant_code};
    (rule_id == bounded_heap_walk::META.id && event == bounded_heap_walk::ACCOUNTS_FOR_EVENT)
        || (rule_id == constant_code::META.id && event == constant_code::ACCOUNTS_FOR_EVENT)
}

/// Whether the audit events `event` raised straight from the line of a finding of
/// `rule_id` can answer the finding for one run: code only known at run time (PJ419) is
/// known once the run's `compile` records show every text compiled there whole; when the
/// analyzer finds nothing in any of them, that run's code at the line was harmless.
pub fn answered_by_events(rule_id: &str, event: &str) -> bool {
    use semantic::dynamic_code;
    rule_id == dynamic_code::META.id && event == dynamic_code::ANSWERED_BY_EVENT
}
