//! From bytes to findings: input checks, the lexical pre-scan, parsing on a large stack,
//! the AST walk, positions and suppressions.

use miette::NamedSource;
use rustpython_parser::{ast, Parse};

use crate::checker::{self, Context, RawFinding};
use crate::error::{ErrorLocation, SourceError};
use crate::finding::Finding;
use crate::lines::LineIndex;
use crate::rules::{Patterns, RuleSet};
use crate::scan;

/// Largest source pyjail lints (CPython has no limit; a larger file is refused, not passed).
pub const MAX_SOURCE_BYTES: u64 = 32 << 20;
/// Stack for parsing and walking. Nesting is bounded before parsing, so this is ample; it is
/// reserved address space, not memory in use.
const STACK_BYTES: usize = 256 << 20;

/// Lints Python source with a rule set. Cheap to share between threads.
pub struct Linter {
    rules: RuleSet,
    patterns: Patterns,
}

/// The findings of one source, with those silenced by `# pyjail: ignore[...]` comments
/// kept apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Linted {
    pub findings: Vec<Finding>,
    pub suppressed: Vec<Finding>,
}

impl Linter {
    pub fn new(rules: RuleSet) -> Linter {
        let patterns = Patterns::compile(&rules);
        Linter { rules, patterns }
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// Findings of `source` (named `path` in errors), sorted by position; suppressed
    /// findings are left out.
    pub fn lint(&self, path: &str, source: &[u8]) -> Result<Vec<Finding>, SourceError> {
        self.lint_with_suppressed(path, source)
            .map(|linted| linted.findings)
    }

    /// Like [`Linter::lint`], also returning the findings that comments suppressed
    /// (a reviewer of untrusted code may want to see them).
    pub fn lint_with_suppressed(&self, path: &str, source: &[u8]) -> Result<Linted, SourceError> {
        let text = decode(path, source)?;
        let suppressions = scan::scan(text)
            .map_err(|deep| too_deep(path, text, deep.what, deep.limit, deep.offset))?;
        let cx = Context {
            rules: &self.rules,
            patterns: &self.patterns,
        };
        let raw = on_large_stack(|| parse_and_check(&cx, path, text, 0))??;
        if raw.is_empty() {
            return Ok(Linted::default());
        }
        let lines = LineIndex::new(text);
        let suppressed_lines: Vec<(usize, &[String])> = suppressions
            .iter()
            .map(|s| (lines.line_of(s.offset), s.ids.as_slice()))
            .collect();
        let mut linted = Linted::default();
        for finding in raw {
            let rule = &self.rules.rule(finding.rule).doc;
            let (start, end) = finding.range;
            let lines_touched = [
                lines.line_of(start),
                lines.line_of(end.saturating_sub(1).max(start)),
            ];
            let silenced = suppressed_lines
                .iter()
                .any(|(line, ids)| lines_touched.contains(line) && ids.contains(&rule.id));
            let finding = Finding {
                rule_id: rule.id.clone(),
                name: rule.name.clone(),
                severity: rule.severity,
                category: rule.category.clone(),
                message: finding.message,
                help: rule.help(),
                range: (start, end),
                start: lines.position(start),
                end: lines.position(end),
            };
            if silenced {
                linted.suppressed.push(finding);
            } else {
                linted.findings.push(finding);
            }
        }
        Ok(linted)
    }
}

/// Input checks before anything is parsed.
fn decode<'s>(path: &str, source: &'s [u8]) -> Result<&'s str, SourceError> {
    if source.len() as u64 > MAX_SOURCE_BYTES {
        return Err(SourceError::TooLarge {
            size: source.len() as u64,
            limit: MAX_SOURCE_BYTES,
        });
    }
    let text = std::str::from_utf8(source).map_err(|err| {
        let offset = err.valid_up_to();
        let shown = String::from_utf8_lossy(source).into_owned();
        let at = location(&shown, offset, offset + 1);
        SourceError::InvalidUtf8 {
            offset,
            span: (offset, 1).into(),
            src: NamedSource::new(path, shown),
            at,
        }
    })?;
    if let Some(offset) = text.bytes().position(|b| b == 0) {
        return Err(SourceError::NulByte {
            offset,
            span: (offset, 1).into(),
            at: location(text, offset, offset + 1),
            src: NamedSource::new(path, text.to_string()),
        });
    }
    if let Some((offset, encoding)) = scan::unsupported_encoding(text) {
        let len = text[offset..].find('\n').unwrap_or(text.len() - offset);
        return Err(SourceError::Unsupported {
            feature: format!("source encoding declaration `{encoding}`"),
            help: "CPython would decode this file with that codec, so what runs differs from the UTF-8 text pyjail reads (`unicode_escape` can hide code in comments); re-encode the file as UTF-8 and remove the declaration".into(),
            span: (offset, len).into(),
            at: location(text, offset, offset + len),
            src: NamedSource::new(path, text.to_string()),
        });
    }
    Ok(text)
}

fn location(text: &str, start: usize, end: usize) -> ErrorLocation {
    ErrorLocation {
        range: (start, end),
        start: LineIndex::new(text).position(start),
    }
}

fn too_deep(
    path: &str,
    text: &str,
    what: &'static str,
    limit: usize,
    offset: usize,
) -> SourceError {
    SourceError::TooDeep {
        what,
        limit,
        span: (offset, 1).into(),
        at: location(text, offset, offset + 1),
        src: NamedSource::new(path, text.to_string()),
    }
}

/// Parses and walks one source (a file, or code passed to `exec`).
fn parse_and_check(
    cx: &Context<'_>,
    path: &str,
    text: &str,
    exec_depth: u8,
) -> Result<Vec<RawFinding>, SourceError> {
    let suite = match ast::Suite::parse(text, path) {
        Ok(suite) => suite,
        Err(err) => return Err(syntax_error(path, text, &err)),
    };
    let checked = checker::check(cx, text, &suite, exec_depth);
    if let Some(offset) = checked.too_deep {
        return Err(too_deep(
            path,
            text,
            "syntax tree depth",
            checker::MAX_WALK_DEPTH,
            offset,
        ));
    }
    Ok(checked.findings)
}

fn syntax_error(path: &str, text: &str, err: &rustpython_parser::ParseError) -> SourceError {
    let offset = err.offset.to_usize().min(text.len());
    if let Some(found) = scan::find_unsupported(text, offset) {
        return SourceError::Unsupported {
            feature: found.feature.to_string(),
            help: found.help.to_string(),
            span: (found.offset, 1).into(),
            at: location(text, found.offset, found.offset + 1),
            src: NamedSource::new(path, text.to_string()),
        };
    }
    let width = text[offset..].chars().next().map_or(0, char::len_utf8);
    SourceError::Syntax {
        message: err.error.to_string(),
        span: (offset, width).into(),
        at: location(text, offset, offset + width),
        src: NamedSource::new(path, text.to_string()),
    }
}

/// Lints code found in a constant passed to `exec`/`eval`/`compile`. Its own comments do
/// not suppress anything: they are part of the payload.
pub(crate) fn check_inner(
    cx: &Context<'_>,
    code: &str,
    exec_depth: u8,
) -> Result<Vec<RawFinding>, SourceError> {
    let path = "<exec>";
    if code.len() as u64 > MAX_SOURCE_BYTES {
        return Err(SourceError::TooLarge {
            size: code.len() as u64,
            limit: MAX_SOURCE_BYTES,
        });
    }
    if let Some(offset) = code.bytes().position(|b| b == 0) {
        return Err(SourceError::NulByte {
            offset,
            span: (offset, 1).into(),
            at: location(code, offset, offset + 1),
            src: NamedSource::new(path, code.to_string()),
        });
    }
    scan::scan(code).map_err(|deep| too_deep(path, code, deep.what, deep.limit, deep.offset))?;
    parse_and_check(cx, path, code, exec_depth)
}

/// Runs `f` where the stack is large enough for parsing and walking: right here when the
/// current thread has room (the CLI's worker threads do), on a fresh thread otherwise. A
/// panic becomes an internal error rather than taking the caller down.
fn on_large_stack<T: Send>(f: impl FnOnce() -> T + Send) -> Result<T, SourceError> {
    #[cfg(fuzzing)]
    {
        return Ok(f());
    }
    #[cfg(not(fuzzing))]
    {
        let internal = |payload: Box<dyn std::any::Any + Send>| SourceError::Internal {
            message: payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".into()),
        };
        if stacker::remaining_stack().is_some_and(|left| left >= STACK_BYTES / 2) {
            return std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(internal);
        }
        std::thread::scope(|scope| {
            std::thread::Builder::new()
                .name("pyjail-lint".into())
                .stack_size(STACK_BYTES)
                .spawn_scoped(scope, f)
                .map_err(|err| SourceError::Internal {
                    message: format!("cannot start a linting thread: {err}"),
                })?
                .join()
                .map_err(internal)
        })
    }
}

/// Stack size the CLI gives its worker threads so that linting runs on them directly.
pub const WORKER_STACK_BYTES: usize = STACK_BYTES;
