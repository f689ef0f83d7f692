//! The program's modules: the other Python files of its /work (a project's
//! directory, or `--work`'s), which it can import (`/work` is first on
//! `sys.path`) or otherwise run. The report lints them with the program, so
//! that hostile code moved into a sibling module is in the static section
//! like the program's own, each finding naming its file.
//!
//! Bounded: at most [`MAX_FILES`] files and [`MAX_BYTES`] of them in all,
//! those a plain `import` reaches first. Files past the bound, and files that
//! could not be read, are listed with why (`not_linted`), and the section's
//! `parse_error` says the code could not be linted completely: a cut is never
//! silent, and never makes a project look cleaner than a whole lint would.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{FileFinding, ParseError, RuleCount, StaticSection};

/// Most modules linted with a program.
pub const MAX_FILES: usize = 1_000;
/// Most bytes of modules linted with a program, in all (the analyzer's limit
/// for one source).
pub const MAX_BYTES: u64 = analyzer::MAX_SOURCE_BYTES;
/// Most files listed as not linted; the rest are counted.
const MAX_LISTED: usize = 100;

/// A module, before it is read.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Relative to /work.
    pub path: PathBuf,
    pub size: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ModulesSection {
    /// In the order linted.
    pub linted: Vec<LintedModule>,
    /// The first [`MAX_LISTED`] not linted, with why.
    pub not_linted: Vec<NotLinted>,
    pub not_linted_total: usize,
    pub max_files: usize,
    pub max_bytes: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct LintedModule {
    pub path: String,
    pub size: u64,
    /// Its findings, listed or not.
    pub findings: usize,
    pub parse_error: Option<ParseError>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NotLinted {
    pub path: String,
    pub size: u64,
    pub why: String,
}

/// The `*.py` files among `files` (paths in /work and sizes) but the
/// program's own, in the order they are linted: first those a plain `import`
/// finds (every directory on the way and the file's stem a Python name, as
/// `pkg/sub/mod.py` is `import pkg.sub.mod`), then the rest (reached through
/// `sys.path` or by file name); the shallowest first, then by path.
pub fn candidates(
    files: impl IntoIterator<Item = (PathBuf, u64)>,
    program: &str,
) -> Vec<Candidate> {
    let mut found: Vec<Candidate> = files
        .into_iter()
        .filter(|(path, _)| path.extension().is_some_and(|e| e == "py"))
        .filter(|(path, _)| path != Path::new(program))
        .map(|(path, size)| Candidate { path, size })
        .collect();
    found.sort_by_cached_key(|c| {
        let importable = c
            .path
            .with_extension("")
            .components()
            .all(|part| part.as_os_str().to_str().is_some_and(is_python_name));
        (!importable, c.path.components().count(), c.path.clone())
    });
    found
}

/// A name `import` accepts: a letter or `_`, then letters, digits and `_`.
fn is_python_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first.is_alphabetic() || first == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// Lints the program (`name` in /work, `source`) and its modules, as many as
/// the bound allows, read with `read(path, at_most)`.
pub fn lint(
    name: &str,
    source: &[u8],
    candidates: Vec<Candidate>,
    mut read: impl FnMut(&Path, u64) -> std::io::Result<Vec<u8>>,
) -> StaticSection {
    let linter = super::linter();
    let mut gathered = Gathered::default();
    gathered.add(name, linter.lint_with_suppressed(name, source));
    let mut section = ModulesSection {
        linted: Vec::new(),
        not_linted: Vec::new(),
        not_linted_total: 0,
        max_files: MAX_FILES,
        max_bytes: MAX_BYTES,
    };
    let not_linted = |section: &mut ModulesSection, candidate: &Candidate, why: String| {
        section.not_linted_total += 1;
        if section.not_linted.len() < MAX_LISTED {
            section.not_linted.push(NotLinted {
                path: shown(&candidate.path),
                size: candidate.size,
                why,
            });
        }
    };
    let mut bytes = 0;
    for candidate in &candidates {
        if section.linted.len() == MAX_FILES {
            not_linted(
                &mut section,
                candidate,
                format!("past the first {MAX_FILES} files"),
            );
            continue;
        }
        let room = MAX_BYTES - bytes;
        if candidate.size > room {
            // Smaller files after it may still fit.
            let why = format!("past {} MiB of modules in all", MAX_BYTES >> 20);
            not_linted(&mut section, candidate, why);
            continue;
        }
        let text = match read(&candidate.path, room) {
            Ok(text) => text,
            Err(err) => {
                not_linted(&mut section, candidate, format!("could not be read: {err}"));
                continue;
            }
        };
        bytes += text.len() as u64;
        let path = shown(&candidate.path);
        let linted = linter.lint_with_suppressed(&path, &text);
        let parse_error = linted
            .error
            .as_ref()
            .map(|err| parse_error(&path, err, false));
        let findings = gathered.add(&path, linted);
        section.linted.push(LintedModule {
            path,
            size: text.len() as u64,
            findings,
            parse_error,
        });
    }
    if let Some(first) = section.not_linted.first() {
        let error = ParseError {
            kind: "not-linted",
            message: format!(
                "{} of the program's {} other Python file(s) in /work not linted: {}, {}",
                section.not_linted_total,
                candidates.len(),
                first.path,
                first.why
            ),
            line: None,
            column: None,
            file: first.path.clone(),
        };
        gathered.parse_error.get_or_insert(error);
    }
    gathered.finish(Some(section))
}

/// A path as a report shows it: as text (bytes that are not UTF-8 replaced).
fn shown(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// The first reason `file` could not be linted completely. A module's
/// message names it, since the verdict's reason quotes the message; the
/// program is the report's subject.
fn parse_error(file: &str, err: &analyzer::SourceError, in_program: bool) -> ParseError {
    let location = err.location();
    ParseError {
        kind: err.kind(),
        message: match in_program {
            true => err.to_string(),
            false => format!("{file}: {err}"),
        },
        line: location.as_ref().map(|l| l.start.line),
        column: location.as_ref().map(|l| l.start.column),
        file: file.to_string(),
    }
}

/// Findings of several files kept as the analyzer keeps one file's: the
/// strongest [`analyzer::MAX_FINDINGS`] (most severe, then earliest: files
/// in the order added), the rest counted per rule.
#[derive(Default)]
pub(super) struct Gathered {
    findings: Vec<FileFinding>,
    /// The program's (the first file's).
    clean_constant_code: Vec<analyzer::CleanConstantCode>,
    left_out: Vec<analyzer::LeftOut>,
    ignored_by_comment: usize,
    parse_error: Option<ParseError>,
    files: usize,
}

impl Gathered {
    /// Adds the findings of `file` (the program's, when first); returns how
    /// many it had.
    pub(super) fn add(&mut self, file: &str, linted: analyzer::Linted) -> usize {
        let source = self.files;
        self.files += 1;
        if source == 0 {
            self.clean_constant_code = linted.clean_constant_code;
        }
        let counted: usize = linted.left_out.iter().map(|l| l.count + l.suppressed).sum();
        let total = linted.findings.len() + linted.suppressed.len() + counted;
        self.ignored_by_comment +=
            linted.suppressed.len() + linted.left_out.iter().map(|l| l.suppressed).sum::<usize>();
        if self.parse_error.is_none() {
            self.parse_error = linted
                .error
                .as_ref()
                .map(|err| parse_error(file, err, source == 0));
        }
        let found = linted.findings.into_iter().chain(linted.suppressed);
        self.findings.extend(found.map(|finding| FileFinding {
            file: file.to_string(),
            finding,
            source,
        }));
        for left_out in linted.left_out {
            self.count_left_out(left_out);
        }
        self.keep_strongest();
        total
    }

    fn count_left_out(&mut self, left_out: analyzer::LeftOut) {
        match self
            .left_out
            .iter_mut()
            .find(|l| l.rule_id == left_out.rule_id)
        {
            Some(known) => {
                known.count += left_out.count;
                known.suppressed += left_out.suppressed;
            }
            None => self.left_out.push(left_out),
        }
    }

    /// Past [`analyzer::MAX_FINDINGS`], the weakest and latest are counted,
    /// not kept: memory stays bounded whatever the number of files.
    fn keep_strongest(&mut self) {
        if self.findings.len() <= analyzer::MAX_FINDINGS {
            return;
        }
        self.findings.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then(a.source.cmp(&b.source))
                .then(a.range.cmp(&b.range))
        });
        for dropped in self.findings.split_off(analyzer::MAX_FINDINGS) {
            let f = dropped.finding;
            self.count_left_out(analyzer::LeftOut {
                rule_id: f.rule_id,
                name: f.name,
                severity: f.severity,
                category: f.category,
                capability: f.capability,
                count: 1,
                suppressed: 0,
            });
        }
    }

    pub(super) fn finish(mut self, modules: Option<ModulesSection>) -> StaticSection {
        self.findings.sort_by_key(|f| (f.source, f.range));
        let findings_left_out: usize = self.left_out.iter().map(|l| l.count + l.suppressed).sum();
        let by_rule = count_by_rule(&self.findings, &self.left_out);
        StaticSection {
            max_severity: by_rule.first().map(|r| r.severity),
            findings_total: self.findings.len() + findings_left_out,
            findings_left_out,
            findings: self.findings,
            by_rule,
            ignored_by_comment: self.ignored_by_comment,
            parse_error: self.parse_error,
            modules,
            clean_constant_code: self.clean_constant_code,
        }
    }
}

fn count_by_rule(findings: &[FileFinding], left_out: &[analyzer::LeftOut]) -> Vec<RuleCount> {
    let mut by_id: HashMap<&str, RuleCount> = HashMap::new();
    let listed = findings
        .iter()
        .map(|f| (&f.rule_id, &f.name, f.severity, 1));
    let counted = left_out
        .iter()
        .map(|l| (&l.rule_id, &l.name, l.severity, l.count + l.suppressed));
    for (rule_id, name, severity, count) in listed.chain(counted) {
        by_id
            .entry(rule_id)
            .or_insert_with(|| RuleCount {
                rule_id: rule_id.clone(),
                name: name.clone(),
                severity,
                count: 0,
            })
            .count += count;
    }
    let mut counts: Vec<RuleCount> = by_id.into_values().collect();
    counts.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.rule_id.cmp(&b.rule_id)));
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `files` as a directory the report reads from: path and text.
    fn lint_with(program: &str, files: &[(&str, &str)]) -> StaticSection {
        let sized = files
            .iter()
            .map(|(path, text)| (PathBuf::from(path), text.len() as u64));
        lint(
            "__main__.py",
            program.as_bytes(),
            candidates(sized, "__main__.py"),
            |path, _| {
                let (_, text) = files.iter().find(|(p, _)| Path::new(p) == path).unwrap();
                Ok(text.as_bytes().to_vec())
            },
        )
    }

    #[test]
    fn modules_a_plain_import_finds_come_first_then_the_shallowest() {
        let files = [
            "z.py",
            "a.py",
            ".venv/lib/site.py",
            "pkg/__init__.py",
            "pkg/sub/deep.py",
            "my-tool.py",
            "data.txt",
            "__main__.py",
            "pkg/mod.py",
        ];
        let found = candidates(files.map(|f| (PathBuf::from(f), 1)), "__main__.py");
        let order: Vec<&str> = found.iter().map(|c| c.path.to_str().unwrap()).collect();
        assert_eq!(
            order,
            [
                "a.py",
                "z.py",
                "pkg/__init__.py",
                "pkg/mod.py",
                "pkg/sub/deep.py",
                "my-tool.py",
                ".venv/lib/site.py",
            ]
        );
    }

    #[test]
    fn a_hostile_sibling_module_is_in_the_static_section_with_its_file() {
        let section = lint_with(
            "import helper\nprint(helper.read())\n",
            &[
                (
                    "helper.py",
                    "def read():\n    return open('/etc/shadow').read()\n",
                ),
                ("util.py", "def add(a, b):\n    return a + b\n"),
            ],
        );
        assert_eq!(section.max_severity, Some(analyzer::Severity::High));
        assert!(section.parse_error.is_none());
        let found: Vec<(&str, usize, bool)> = section
            .findings
            .iter()
            .map(|f| (f.file.as_str(), f.start.line, f.in_program()))
            .collect();
        assert_eq!(found, [("helper.py", 2, false)], "{:?}", section.findings);
        let modules = section.modules.as_ref().unwrap();
        let linted: Vec<(&str, usize)> = modules
            .linted
            .iter()
            .map(|m| (m.path.as_str(), m.findings))
            .collect();
        assert_eq!(linted, [("helper.py", 1), ("util.py", 0)]);
        assert_eq!(modules.not_linted_total, 0);
        // The file is in the JSON too, next to the analyzer's fields.
        let json = serde_json::to_value(&section.findings[0]).unwrap();
        assert_eq!(json["file"], "helper.py");
        assert_eq!(json["rule_id"], section.findings[0].rule_id);
    }

    #[test]
    fn ordinary_modules_stay_without_findings() {
        let section = lint_with(
            "from shapes import area\nfrom pkg import fmt\nprint(fmt.show(area(2, 3)))\n",
            &[
                ("shapes.py", "def area(w, h):\n    return w * h\n"),
                ("pkg/__init__.py", ""),
                (
                    "pkg/fmt.py",
                    "import json\n\ndef show(x):\n    return json.dumps({'x': x})\n",
                ),
            ],
        );
        assert_eq!(section.findings_total, 0, "{:?}", section.findings);
        assert!(section.parse_error.is_none());
        assert_eq!(section.modules.unwrap().linted.len(), 3);
    }

    #[test]
    fn past_the_bound_files_are_listed_and_the_section_says_it_is_incomplete() {
        let many: Vec<(String, String)> = (0..=MAX_FILES)
            .map(|i| (format!("m{i:04}.py"), "x = 1\n".to_string()))
            .collect();
        let files: Vec<(&str, &str)> = many.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
        let section = lint_with("pass\n", &files);
        let modules = section.modules.as_ref().unwrap();
        assert_eq!(modules.linted.len(), MAX_FILES);
        assert_eq!(modules.not_linted_total, 1);
        assert_eq!(modules.not_linted[0].path, "m1000.py");
        assert_eq!(modules.not_linted[0].why, "past the first 1000 files");
        let error = section.parse_error.as_ref().unwrap();
        assert_eq!(
            (error.kind, error.file.as_str()),
            ("not-linted", "m1000.py")
        );
        assert!(error
            .message
            .starts_with("1 of the program's 1001 other Python file(s)"));
    }

    #[test]
    fn a_file_past_the_bytes_left_is_not_read_and_smaller_ones_after_it_are_linted() {
        let huge = Candidate {
            path: "a_huge.py".into(),
            size: MAX_BYTES + 1,
        };
        let small = Candidate {
            path: "b_small.py".into(),
            size: 30,
        };
        let unreadable = Candidate {
            path: "c_gone.py".into(),
            size: 10,
        };
        let section = lint(
            "main.py",
            b"pass\n",
            vec![huge, small, unreadable],
            |path, _| match path.to_str() {
                Some("b_small.py") => Ok(b"import os\nos.system('id')\n".to_vec()),
                Some("c_gone.py") => Err(std::io::ErrorKind::NotFound.into()),
                other => panic!("{other:?} was read"),
            },
        );
        let modules = section.modules.as_ref().unwrap();
        assert_eq!(modules.linted[0].path, "b_small.py");
        let not_linted: Vec<(&str, &str)> = modules
            .not_linted
            .iter()
            .map(|m| (m.path.as_str(), m.why.as_str()))
            .collect();
        assert_eq!(
            not_linted,
            [
                ("a_huge.py", "past 32 MiB of modules in all"),
                ("c_gone.py", "could not be read: entity not found")
            ]
        );
        assert_eq!(section.findings[0].file, "b_small.py");
        assert_eq!(section.parse_error.as_ref().unwrap().file, "a_huge.py");
    }

    #[test]
    fn a_module_that_does_not_parse_is_named_and_the_rest_of_it_still_linted() {
        let section = lint_with(
            "import broken\n",
            &[("broken.py", "import os\nos.system('id')\ndef (:\n")],
        );
        let error = section.parse_error.as_ref().unwrap();
        assert_eq!(error.file, "broken.py");
        assert!(
            error.message.starts_with("broken.py: "),
            "{}",
            error.message
        );
        assert_eq!(section.findings[0].file, "broken.py");
        let module = &section.modules.as_ref().unwrap().linted[0];
        assert_eq!(module.parse_error.as_ref().unwrap().file, "broken.py");
    }

    #[test]
    fn findings_of_all_files_are_kept_as_one_files_are() {
        let globals = "f.__globals__\n".repeat(600);
        let section = lint_with(&globals, &[("more.py", &globals)]);
        assert_eq!(section.findings.len(), analyzer::MAX_FINDINGS);
        assert_eq!(section.findings_total, 1200);
        assert_eq!(section.findings_left_out, 200);
        assert_eq!(section.by_rule[0].count, 1200);
        // Equally severe: the program's first, then the module's earliest.
        assert!(section.findings[..600].iter().all(|f| f.in_program()));
        assert_eq!(section.findings[999].file, "more.py");
        assert_eq!(section.findings[999].start.line, 400);
        assert_eq!(section.modules.unwrap().linted[0].findings, 600);
    }
}
