//! From bytes to findings: input checks, the lexical pre-scan, parsing on a large stack,
//! the AST walk, positions and suppressions.

use miette::NamedSource;
use ruff_python_ast::PythonVersion;
use ruff_python_parser::{Mode, ParseOptions, Parsed};
use ruff_text_size::{Ranged, TextRange};

use crate::budget::Budget;
use crate::checker::{self, Context, Kept, KeptFindings, RawFinding};
use crate::error::{ErrorLocation, SourceError};
use crate::finding::{Finding, LeftOut};
use crate::lines::LineIndex;
use crate::rules::{Patterns, RuleIdx, RuleSet};
use crate::scan;
use crate::semantic::encoding_declaration;

/// Largest source pyjail lints (CPython has no limit; a larger file is refused, not passed).
pub const MAX_SOURCE_BYTES: u64 = 32 << 20;
/// Findings kept per source, suppressed ones included: the strongest (most severe, then
/// earliest). The rest are counted per rule in [`Linted::left_out`]: a source of a million
/// matching lines must not cost a million findings' memory, here or in a report.
pub const MAX_FINDINGS: usize = 1_000;
/// The Python the parser reads: every syntax of 3.8 up to this version. Newer syntax (and
/// syntax older versions had) is a syntax error naming the construct and the version.
const PYTHON: PythonVersion = PythonVersion::PY314;
/// Stack for parsing and walking. Nesting is bounded before parsing, so this is ample; it is
/// reserved address space, not memory in use.
const STACK_BYTES: usize = 256 << 20;

/// Lints Python source with a rule set. Cheap to share between threads.
pub struct Linter {
    rules: RuleSet,
    patterns: Patterns,
}

/// The findings of one source, with those silenced by `# pyjail: ignore[...]` comments
/// kept apart, and why (part of) the source could not be linted.
#[derive(Debug, Default)]
pub struct Linted {
    pub findings: Vec<Finding>,
    pub suppressed: Vec<Finding>,
    /// Findings past [`MAX_FINDINGS`], counted per rule, most severe rule first: none of
    /// them is stronger than a kept one (of the kept ones a comment did not suppress, when
    /// suppressed ones filled the places).
    pub left_out: Vec<LeftOut>,
    /// The first reason the source could not be linted completely: a syntax error, a
    /// code-changing encoding declaration, input that is not text or is too large or too
    /// deeply nested. A source with an error is never clean, but the findings in the parts
    /// that were read are reported all the same (the parser recovers from syntax errors).
    pub error: Option<SourceError>,
    /// The constant code the file runs (`exec("x += 1")`) that the analyzer linted clean,
    /// by the line of its call (PJ420's findings): the report tells by it whether a run's
    /// record of a long compile, which it cuts, was of that code.
    pub clean_constant_code: Vec<CleanConstantCode>,
}

/// Constant code a line of the file runs, linted clean.
#[derive(Debug, Clone, Default)]
pub struct CleanConstantCode {
    /// 1-based, as findings' lines.
    pub line: usize,
    /// The code as the call gives it to the compiler (a str's UTF-8).
    pub text: Vec<u8>,
}

impl Linted {
    fn failed(error: SourceError) -> Linted {
        Linted {
            error: Some(error),
            ..Linted::default()
        }
    }
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
    /// findings are left out. A source that could not be linted completely is an error,
    /// its findings dropped: [`Linter::lint_with_suppressed`] keeps both.
    pub fn lint(&self, path: &str, source: &[u8]) -> Result<Vec<Finding>, SourceError> {
        let linted = self.lint_with_suppressed(path, source);
        match linted.error {
            Some(error) => Err(error),
            None => Ok(linted.findings),
        }
    }

    /// The findings of `source`, those that comments suppressed kept apart (a reviewer of
    /// untrusted code may want to see them), with the error that stopped part of it from
    /// being linted, if any.
    pub fn lint_with_suppressed(&self, path: &str, source: &[u8]) -> Linted {
        let text = match decode(path, source) {
            Ok(text) => text,
            Err(error) => return Linted::failed(error),
        };
        let suppressions = match scan::scan(text) {
            Ok(suppressions) => suppressions,
            Err(deep) => {
                return Linted::failed(too_deep(path, text, deep.what, deep.limit, deep.offset))
            }
        };
        let cx = Context {
            rules: &self.rules,
            patterns: &self.patterns,
            budget: Budget::default(),
        };
        let silencer = Silencer::new(text, &suppressions);
        let silenced = |rule: RuleIdx, range: (usize, usize)| {
            silencer.silences(&self.rules.rule(rule).doc.id, range)
        };
        let mut kept = Kept::new(&self.rules, &silenced);
        let mut error = None;
        if let Some((offset, encoding)) = scan::unsupported_encoding(text) {
            let (finding, refusal) = self.code_changing_encoding(path, text, offset, &encoding);
            if let Some(finding) = finding {
                kept.push(finding);
            }
            error = Some(refusal);
        }
        let (kept, clean_constant_code) =
            match on_large_stack(|| parse_and_check(&cx, path, text, 0, kept)) {
                Ok((kept, parse_error, constants)) => {
                    error = error.or(parse_error);
                    (kept, constants)
                }
                Err(internal) => return Linted::failed(internal),
            };
        let mut linted = Linted {
            error,
            left_out: self.left_out(kept.left_out),
            ..Linted::default()
        };
        if kept.findings.is_empty() {
            return linted;
        }
        let lines = silencer.lines.unwrap_or_else(|| LineIndex::new(text));
        linted.clean_constant_code = clean_constant_code
            .into_iter()
            .map(|(offset, text)| CleanConstantCode {
                line: lines.position(offset).line,
                text,
            })
            .collect();
        for (finding, silenced) in kept.findings {
            let rule = &self.rules.rule(finding.rule).doc;
            let (start, end) = finding.range;
            let finding = Finding {
                rule_id: rule.id.clone(),
                name: rule.name.clone(),
                severity: rule.severity,
                category: rule.category.clone(),
                capability: rule.capability,
                message: finding.message,
                target: finding.target,
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
        linted
    }

    /// Per-rule counts of the findings not kept, most severe rule first.
    fn left_out(&self, counts: Vec<[usize; 2]>) -> Vec<LeftOut> {
        let mut left_out: Vec<LeftOut> = counts
            .into_iter()
            .enumerate()
            .filter(|(_, [found, suppressed])| found + suppressed > 0)
            .map(|(index, [found, suppressed])| {
                let rule = &self.rules.rule(RuleIdx(index)).doc;
                LeftOut {
                    rule_id: rule.id.clone(),
                    name: rule.name.clone(),
                    severity: rule.severity,
                    category: rule.category.clone(),
                    capability: rule.capability,
                    count: found,
                    suppressed,
                }
            })
            .collect();
        left_out.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.rule_id.cmp(&b.rule_id)));
        left_out
    }

    /// A declaration of an encoding CPython would decode the file with, changing what runs:
    /// a finding (a reviewer cannot see the code) and the refusal to call the file linted.
    fn code_changing_encoding(
        &self,
        path: &str,
        text: &str,
        offset: usize,
        encoding: &str,
    ) -> (Option<RawFinding>, SourceError) {
        let len = text[offset..]
            .find(['\n', '\r'])
            .unwrap_or(text.len() - offset);
        let finding = encoding_declaration::finding(&self.rules, (offset, offset + len), encoding);
        let refusal = SourceError::Unsupported {
            feature: format!("source encoding declaration `{encoding}`"),
            help: "CPython would decode this file with that codec, so what runs differs from the UTF-8 text pyjail reads (`unicode_escape` can hide code in comments); re-encode the file as UTF-8 and remove the declaration".into(),
            label: "Python decodes the file with this codec".into(),
            span: (offset, len).into(),
            at: location(text, offset, offset + len),
            src: NamedSource::new(path, text.to_string()),
        };
        (finding, refusal)
    }
}

/// Which lines `# pyjail: ignore[...]` comments cover, for which rule ids.
struct Silencer<'s> {
    /// Built only when there are comments (the positions of findings need it later anyway).
    lines: Option<LineIndex<'s>>,
    /// 0-based line and ids, in line order.
    by_line: Vec<(usize, &'s [String])>,
}

impl<'s> Silencer<'s> {
    fn new(text: &'s str, suppressions: &'s [scan::Suppression]) -> Silencer<'s> {
        if suppressions.is_empty() {
            return Silencer {
                lines: None,
                by_line: Vec::new(),
            };
        }
        let lines = LineIndex::new(text);
        let by_line = suppressions
            .iter()
            .map(|s| (lines.line_of(s.offset), s.ids.as_slice()))
            .collect();
        Silencer {
            lines: Some(lines),
            by_line,
        }
    }

    /// A comment on the first or the last line of `range` names `id`.
    fn silences(&self, id: &str, (start, end): (usize, usize)) -> bool {
        let Some(lines) = &self.lines else {
            return false;
        };
        let touched = [
            lines.line_of(start),
            lines.line_of(end.saturating_sub(1).max(start)),
        ];
        touched.iter().any(|&line| {
            let first = self.by_line.partition_point(|(l, _)| *l < line);
            self.by_line[first..]
                .iter()
                .take_while(|(l, _)| *l == line)
                .any(|(_, ids)| ids.iter().any(|i| i == id))
        })
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
    if let Some(offset) = memchr::memchr(0, text.as_bytes()) {
        return Err(SourceError::NulByte {
            offset,
            span: (offset, 1).into(),
            at: location(text, offset, offset + 1),
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

/// Parses and walks one source (a file, or code passed to `exec`). The parser recovers
/// from syntax errors, so the findings of what it could read come with the first error.
fn parse_and_check<'l>(
    cx: &'l Context<'l>,
    path: &str,
    text: &str,
    exec_depth: u8,
    findings: Kept<'l>,
) -> (KeptFindings, Option<SourceError>, checker::CleanConstants) {
    let options = ParseOptions::from(Mode::Module).with_target_version(PYTHON);
    let parsed = ruff_python_parser::parse_unchecked(text, options)
        .try_into_module()
        .expect("module mode yields a module");
    let checked = checker::check(cx, text, &parsed.syntax().body, exec_depth, findings);
    let clean_constant_code = checked.clean_constant_code;
    let error = syntax_error(path, text, &parsed).or_else(|| {
        checked.too_deep.map(|offset| {
            too_deep(
                path,
                text,
                "syntax tree depth",
                checker::MAX_WALK_DEPTH,
                offset,
            )
        })
    });
    (checked.findings, error, clean_constant_code)
}

/// The first syntax error of a parse, if any: invalid syntax, or syntax that is valid in
/// other versions of Python than those pyjail reads.
fn syntax_error<T>(path: &str, text: &str, parsed: &Parsed<T>) -> Option<SourceError> {
    let invalid = parsed
        .errors()
        .iter()
        .map(|err| (err.location, err.error.to_string(), false));
    let unsupported = parsed
        .unsupported_syntax_errors()
        .iter()
        .map(|err| (err.range(), err.to_string(), true));
    let (range, message, version) = invalid
        .chain(unsupported)
        .min_by_key(|(range, ..)| range.start())?;
    let (start, end) = error_span(text, range);
    Some(if version {
        SourceError::Unsupported {
            label: message.clone(),
            feature: message,
            help: "pyjail reads the syntax of Python 3.8 to 3.14; code that does not parse is never reported clean".into(),
            span: (start, end - start).into(),
            at: location(text, start, end),
            src: NamedSource::new(path, text.to_string()),
        }
    } else {
        SourceError::Syntax {
            message,
            span: (start, end - start).into(),
            at: location(text, start, end),
            src: NamedSource::new(path, text.to_string()),
        }
    })
}

/// Where an error is shown: its range, or the character at its start when it is empty.
fn error_span(text: &str, range: TextRange) -> (usize, usize) {
    let start = usize::from(range.start()).min(text.len());
    let end = usize::from(range.end()).clamp(start, text.len());
    if end > start {
        return (start, end);
    }
    let width = text[start..].chars().next().map_or(0, char::len_utf8);
    (start, start + width)
}

/// Lints code found in a constant passed to `exec`/`eval`/`compile`. Its own comments do
/// not suppress anything: they are part of the payload.
pub(crate) fn check_inner<'l>(
    cx: &'l Context<'l>,
    code: &str,
    exec_depth: u8,
) -> (KeptFindings, Option<SourceError>) {
    let path = "<exec>";
    if code.len() as u64 > MAX_SOURCE_BYTES {
        let error = SourceError::TooLarge {
            size: code.len() as u64,
            limit: MAX_SOURCE_BYTES,
        };
        return (KeptFindings::default(), Some(error));
    }
    if let Some(offset) = memchr::memchr(0, code.as_bytes()) {
        let error = SourceError::NulByte {
            offset,
            span: (offset, 1).into(),
            at: location(code, offset, offset + 1),
            src: NamedSource::new(path, code.to_string()),
        };
        return (KeptFindings::default(), Some(error));
    }
    if let Err(deep) = scan::scan(code) {
        let error = too_deep(path, code, deep.what, deep.limit, deep.offset);
        return (KeptFindings::default(), Some(error));
    }
    let findings = Kept::new(cx.rules, &|_, _| false);
    let (findings, error, _) = parse_and_check(cx, path, code, exec_depth, findings);
    (findings, error)
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
