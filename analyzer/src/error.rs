//! Why a source text could not be linted. A file that cannot be linted is never reported clean.

use miette::{Diagnostic, NamedSource, SourceSpan};

use crate::lines::Position;

/// Where in the source an error was found: byte range and 1-based start position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorLocation {
    pub range: (usize, usize),
    pub start: Position,
}

/// A source text pyjail refuses to lint, with a label at the spot when there is one.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum SourceError {
    #[error("syntax error: {message}")]
    #[diagnostic(
        code(pyjail::syntax),
        help(
            "pyjail lints only code it can parse; code that does not parse is never reported clean"
        )
    )]
    Syntax {
        message: String,
        #[source_code]
        src: NamedSource<String>,
        #[label("{message}")]
        span: SourceSpan,
        at: ErrorLocation,
    },

    /// Source that is valid in some Python, but does not mean to the Python pyjail reads
    /// what it would mean to the one it runs on: syntax of other versions, a code-changing
    /// encoding declaration.
    #[error("unsupported syntax: {feature}")]
    #[diagnostic(code(pyjail::unsupported_syntax), help("{help}"))]
    Unsupported {
        feature: String,
        help: String,
        label: String,
        #[source_code]
        src: NamedSource<String>,
        #[label("{label}")]
        span: SourceSpan,
        at: ErrorLocation,
    },

    #[error("invalid UTF-8 at byte offset {offset}")]
    #[diagnostic(
        code(pyjail::invalid_utf8),
        help("pyjail reads Python source as UTF-8 (PEP 3120); re-encode the file as UTF-8")
    )]
    InvalidUtf8 {
        offset: usize,
        #[source_code]
        src: NamedSource<String>,
        #[label("not valid UTF-8")]
        span: SourceSpan,
        at: ErrorLocation,
    },

    #[error("NUL byte at byte offset {offset}")]
    #[diagnostic(
        code(pyjail::nul_byte),
        help("Python source cannot contain NUL bytes; CPython refuses it too")
    )]
    NulByte {
        offset: usize,
        #[source_code]
        src: NamedSource<String>,
        #[label("NUL byte")]
        span: SourceSpan,
        at: ErrorLocation,
    },

    #[error("source too large: {size} bytes (limit {limit} bytes)")]
    #[diagnostic(
        code(pyjail::too_large),
        help("split the file, or review it by other means; pyjail does not lint it")
    )]
    TooLarge { size: u64, limit: u64 },

    #[error("too deeply nested: {what} (limit {limit})")]
    #[diagnostic(
        code(pyjail::too_deep),
        help("CPython refuses such nesting as well; pyjail does not lint this file")
    )]
    TooDeep {
        what: &'static str,
        limit: usize,
        #[source_code]
        src: NamedSource<String>,
        #[label("limit reached here")]
        span: SourceSpan,
        at: ErrorLocation,
    },

    #[error("internal error while linting: {message}")]
    #[diagnostic(
        code(pyjail::internal),
        help("this is a bug in pyjail; please report it with the file that triggers it")
    )]
    Internal { message: String },
}

impl SourceError {
    /// A stable, machine-readable name of the error kind (used in JSON and SARIF output).
    pub fn kind(&self) -> &'static str {
        match self {
            SourceError::Syntax { .. } => "syntax",
            SourceError::Unsupported { .. } => "unsupported-syntax",
            SourceError::InvalidUtf8 { .. } => "invalid-utf8",
            SourceError::NulByte { .. } => "nul-byte",
            SourceError::TooLarge { .. } => "too-large",
            SourceError::TooDeep { .. } => "too-deep",
            SourceError::Internal { .. } => "internal",
        }
    }

    /// Where the error is, when it has a place in the source.
    pub fn location(&self) -> Option<ErrorLocation> {
        match self {
            SourceError::Syntax { at, .. }
            | SourceError::Unsupported { at, .. }
            | SourceError::InvalidUtf8 { at, .. }
            | SourceError::NulByte { at, .. }
            | SourceError::TooDeep { at, .. } => Some(*at),
            SourceError::TooLarge { .. } | SourceError::Internal { .. } => None,
        }
    }

    /// The error as one line of the `concise` output format:
    /// `path:line:col: error[kind]: message`, at `1:1` when it has no place in the source.
    pub fn concise(&self, path: &str) -> String {
        let (line, column) = self
            .location()
            .map_or((1, 1), |at| (at.start.line, at.start.column));
        format!("{path}:{line}:{column}: error[{}]: {self}", self.kind())
    }
}
