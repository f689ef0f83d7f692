//! Linting one open document with the options that apply to it: the project
//! configuration found from its path, the editor settings on top, and the
//! project's per-file ignores last, exactly as `pyjail lint` would.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use analyzer::{Finding, Linter, RuleSet, SourceError};

use super::settings::Settings;
use crate::config;

pub struct Outcome {
    pub findings: Vec<Finding>,
    /// The linter that ran, whose rules explain the findings.
    pub linter: Arc<Linter>,
    /// Why the text could not be linted completely (findings in the rest are kept).
    pub parse_error: Option<SourceError>,
    /// Configuration or rule-file problems the user must hear about. Linting
    /// still happens (with the defaults), so a broken configuration never
    /// silences the analyzer.
    pub problems: Vec<String>,
}

/// Linters by the rule files they were built from, rebuilt when one of those
/// files changes on disk.
#[derive(Default)]
pub struct Linters {
    built: HashMap<Vec<PathBuf>, Built>,
}

struct Built {
    /// Modification times of the rule files when the linter was built.
    stamps: Vec<Option<SystemTime>>,
    linter: Arc<Linter>,
}

impl Linters {
    pub fn clear(&mut self) {
        self.built.clear();
    }

    fn get(&mut self, rule_files: &[PathBuf]) -> Result<Arc<Linter>, String> {
        let stamps: Vec<_> = rule_files.iter().map(|path| modified(path)).collect();
        if let Some(built) = self.built.get(rule_files) {
            if built.stamps == stamps {
                return Ok(built.linter.clone());
            }
        }
        let rules = if rule_files.is_empty() {
            RuleSet::embedded()
        } else {
            RuleSet::load(rule_files)
                .map_err(|err| format!("pyjail: cannot load rule files: {err}"))?
        };
        let linter = Arc::new(Linter::new(rules));
        self.built.insert(
            rule_files.to_vec(),
            Built {
                stamps,
                linter: linter.clone(),
            },
        );
        Ok(linter)
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path)
        .and_then(|meta| meta.modified())
        .ok()
}

pub fn lint(
    linters: &mut Linters,
    settings: &Settings,
    path: Option<&Path>,
    text: &str,
) -> Outcome {
    let mut problems = Vec::new();
    let project = match path.map(config::discover).transpose() {
        Ok(found) => found.flatten(),
        Err(err) => {
            let help = miette::Diagnostic::help(&err)
                .map(|help| format!(" ({help})"))
                .unwrap_or_default();
            problems.push(format!(
                "pyjail: {err}{help}; using the default configuration"
            ));
            None
        }
    };
    let rule_files = config::rule_files(project.as_ref(), &settings.rules);
    let linter = match linters.get(&rule_files) {
        Ok(linter) => linter,
        Err(problem) => {
            problems.push(format!("{problem}; using the built-in rules"));
            linters.get(&[]).expect("the embedded rules load")
        }
    };
    if let Some(project) = &project {
        if let Err(err) = config::check_selectors(project, linter.rules()) {
            problems.push(format!("pyjail: {err} (see `pyjail rules`)"));
        }
    }
    let editor_selectors = settings
        .select
        .iter()
        .flatten()
        .chain(&settings.ignore)
        .map(String::as_str);
    for selector in config::unknown_selectors(editor_selectors, linter.rules()) {
        problems.push(format!(
            "pyjail: editor settings: `{selector}` matches no rule (see `pyjail rules`)"
        ));
    }
    if let (Some(project), Some(path)) = (&project, path) {
        if project.is_excluded(path) {
            return Outcome {
                findings: Vec::new(),
                linter,
                parse_error: None,
                problems,
            };
        }
    }
    let name = path.map_or_else(
        || "<untitled>".to_owned(),
        |path| path.display().to_string(),
    );
    // A half-typed line is a syntax error; the findings in the rest of the file stay.
    let linted = linter.lint_with_suppressed(&name, text.as_bytes());
    let (findings, parse_error) = (linted.findings, linted.error);
    let selection = config::selection_for(
        project.as_ref(),
        path,
        settings.select.clone(),
        settings.ignore.clone(),
    );
    let findings = findings
        .into_iter()
        .filter(|f| selection.enables(f.rule_ref()))
        .collect();
    Outcome {
        findings,
        linter,
        parse_error,
        problems,
    }
}
