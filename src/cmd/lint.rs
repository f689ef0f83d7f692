//! `pyjail lint`: lint files, directories and standard input in parallel; print the
//! findings in one of five formats; exit 0 (clean), 1 (findings at or above `--fail-on`)
//! or 2 (usage or input error, including any file that could not be linted).

mod inputs;
mod json;
mod sarif;
mod text;

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use analyzer::{Finding, Linted, Linter, RuleSet, Severity};
use rayon::prelude::*;

use crate::cli::{exit, LintArgs, LintFormat};
use crate::config::{self, ConfigCache, ProjectConfig, Selection};
use inputs::{Input, InputError};

/// What happened to one input: it was read and linted, completely or not (`Linted::error`:
/// its findings are reported with the error), or it could not be read.
pub enum Outcome {
    Linted(Box<Linted>),
    Input(InputError),
}

pub struct FileReport {
    pub path: String,
    /// The text, kept for rendering findings with their source lines (human format only).
    pub source: Option<Arc<String>>,
    pub outcome: Outcome,
}

/// Everything the output formats need.
pub struct Run<'r> {
    pub files: Vec<FileReport>,
    pub rules: &'r RuleSet,
    pub fail_on: Severity,
}

impl FileReport {
    /// Whether the file was linted completely.
    pub fn is_clean_read(&self) -> bool {
        matches!(&self.outcome, Outcome::Linted(linted) if linted.error.is_none())
    }
}

impl Run<'_> {
    /// Findings that `# pyjail: ignore[...]` comments suppress (listed whether or not
    /// `--no-suppressions` reports them).
    pub fn suppressed(&self) -> impl Iterator<Item = (&FileReport, &analyzer::Finding)> {
        self.files.iter().flat_map(|file| match &file.outcome {
            Outcome::Linted(linted) => linted
                .suppressed
                .iter()
                .map(move |f| (file, f))
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    }

    pub fn findings(&self) -> impl Iterator<Item = (&FileReport, &analyzer::Finding)> {
        self.files.iter().flat_map(|file| match &file.outcome {
            Outcome::Linted(linted) => linted
                .findings
                .iter()
                .map(move |f| (file, f))
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    }

    pub fn error_count(&self) -> usize {
        self.files.iter().filter(|f| !f.is_clean_read()).count()
    }

    pub fn suppressed_count(&self) -> usize {
        self.files
            .iter()
            .map(|f| match &f.outcome {
                Outcome::Linted(linted) => linted.suppressed.len(),
                _ => 0,
            })
            .sum()
    }

    /// Findings past [`analyzer::MAX_FINDINGS`] of a file, counted per rule:
    /// not listed, but they count for the exit code and the totals.
    pub fn left_out(&self) -> impl Iterator<Item = (&FileReport, &analyzer::LeftOut)> {
        self.files.iter().flat_map(|file| match &file.outcome {
            Outcome::Linted(linted) => linted
                .left_out
                .iter()
                .map(move |l| (file, l))
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    }

    pub fn max_severity(&self) -> Option<Severity> {
        let listed = self.findings().map(|(_, f)| f.severity);
        listed.chain(self.left_out().map(|(_, l)| l.severity)).max()
    }

    pub fn exit_code(&self) -> u8 {
        if self.error_count() > 0 {
            exit::USAGE
        } else if self.max_severity().is_some_and(|s| s >= self.fail_on) {
            exit::FINDINGS
        } else {
            exit::CLEAN
        }
    }
}

/// One line for a file whose findings were not all kept, or None.
pub fn left_out_note(linted: &analyzer::Linted) -> Option<String> {
    if linted.left_out.is_empty() {
        return None;
    }
    let total: usize = linted.left_out.iter().map(|l| l.count).sum();
    let rules: Vec<String> = linted
        .left_out
        .iter()
        .map(|l| format!("{} {} ×{}", l.rule_id, l.severity, l.count))
        .collect();
    Some(format!(
        "{total} more finding{} not listed (pyjail keeps the {} strongest of a file): {}",
        if total == 1 { "" } else { "s" },
        analyzer::MAX_FINDINGS,
        rules.join(", ")
    ))
}

pub fn main(args: LintArgs) -> ExitCode {
    match run(args) {
        Ok(code) => ExitCode::from(code),
        Err(report) => {
            stderr_line!("{report:?}");
            ExitCode::from(exit::USAGE)
        }
    }
}

fn run(args: LintArgs) -> miette::Result<u8> {
    let command_line_fail_on = match &args.fail_on {
        Some(text) => Some(
            text.parse::<Severity>()
                .map_err(|err| miette::miette!("--fail-on: {err}"))?,
        ),
        None => None,
    };

    let paths = if args.paths.is_empty() {
        vec![".".into()]
    } else {
        args.paths.clone()
    };
    let stdin_name = args
        .stdin_filename
        .clone()
        .unwrap_or_else(|| "<stdin>".into());
    let inputs = inputs::collect(&paths, &stdin_name, args.no_ignore);

    let (configured, excluders) = configure(inputs)?;
    let fail_on = config::fail_on(
        command_line_fail_on,
        configured.iter().map(|c| c.project.as_deref()),
    );
    let linters = build_linters(&configured, &excluders, &args)?;
    let linter = &linters[&args.rules];
    let command_line_select = (!args.select.is_empty()).then(|| args.select.clone());
    let keep_source = matches!(args.format, LintFormat::Human);

    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(analyzer::WORKER_STACK_BYTES)
        .build()
        .map_err(|err| miette::miette!("cannot start worker threads: {err}"))?;
    let files: Vec<FileReport> = pool.install(|| {
        configured
            .into_par_iter()
            .map(|c| {
                let linter = &linters[&config::rule_files(c.project.as_deref(), &args.rules)];
                let selection = config::selection_for(
                    c.project.as_deref(),
                    Some(&c.path),
                    command_line_select.clone(),
                    args.ignore.clone(),
                );
                lint_one(
                    linter,
                    &selection,
                    c.input,
                    c.error,
                    keep_source,
                    args.no_suppressions,
                )
            })
            .collect()
    });

    let run = Run {
        files,
        rules: linter.rules(),
        fail_on,
    };
    let code = run.exit_code();
    let mut stdout = std::io::stdout().lock();
    let written = match args.format {
        LintFormat::Human => text::human(&run, &mut stdout),
        LintFormat::Concise => text::concise(&run, &mut stdout),
        LintFormat::Github => text::github(&run, &mut stdout),
        LintFormat::Json => json::write(&run, code, &mut stdout),
        LintFormat::Sarif => sarif::write(&run, code, &mut stdout),
    };
    match written {
        Ok(()) => Ok(code),
        // A closed pipe (`pyjail lint | head`) is the reader's choice, not an error of ours.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(code),
        Err(err) => Err(miette::miette!("cannot write the report: {err}")),
    }
}

/// An input with the project configuration that applies to it.
struct Configured {
    input: Input,
    error: Option<InputError>,
    /// Where the configuration was looked for (standard input: its name).
    path: PathBuf,
    project: Option<Arc<ProjectConfig>>,
}

/// Finds each input's project configuration, upwards from it, and drops the
/// inputs it excludes (also when named on the command line, so that hooks
/// passing file names respect `exclude`). A bad configuration stops the run;
/// the configurations that excluded inputs are returned too, to be checked
/// as the others are.
fn configure(
    inputs: Vec<(Input, Option<InputError>)>,
) -> miette::Result<(Vec<Configured>, Vec<Arc<ProjectConfig>>)> {
    let mut configs = ConfigCache::default();
    let mut configured = Vec::with_capacity(inputs.len());
    let mut excluders = Vec::new();
    for (input, error) in inputs {
        let path = match &input {
            Input::File(path) => path.clone(),
            Input::Stdin { name } => PathBuf::from(name),
        };
        let project = configs.for_file(&path)?;
        match project {
            Some(project) if project.is_excluded(&path) => excluders.push(project),
            project => configured.push(Configured {
                input,
                error,
                path,
                project,
            }),
        }
    }
    Ok((configured, excluders))
}

/// One linter per list of rule files in use: the command line's, and each
/// project's `rules` with the command line's on top.
fn build_linters(
    configured: &[Configured],
    excluders: &[Arc<ProjectConfig>],
    args: &LintArgs,
) -> miette::Result<HashMap<Vec<PathBuf>, Linter>> {
    let mut groups: Vec<(Vec<PathBuf>, Vec<&ProjectConfig>)> =
        vec![(args.rules.clone(), Vec::new())];
    let mut seen: Vec<&Arc<ProjectConfig>> = Vec::new();
    let projects = configured.iter().filter_map(|c| c.project.as_ref());
    for project in projects.chain(excluders) {
        if seen.iter().any(|known| Arc::ptr_eq(known, project)) {
            continue;
        }
        seen.push(project);
        let files = config::rule_files(Some(project), &args.rules);
        match groups.iter_mut().find(|(known, _)| *known == files) {
            Some((_, users)) => users.push(project),
            None => groups.push((files, vec![project])),
        }
    }
    let mut linters = HashMap::new();
    for (files, users) in &groups {
        linters.insert(files.clone(), build_linter(files, users, args)?);
    }
    Ok(linters)
}

/// The built-in rules with `rule_files` on top, narrowed by `--select`/`--ignore`;
/// the selectors of the projects that use these files are checked first.
fn build_linter(
    rule_files: &[PathBuf],
    projects: &[&ProjectConfig],
    args: &LintArgs,
) -> miette::Result<Linter> {
    let mut rules = if rule_files.is_empty() {
        RuleSet::embedded()
    } else {
        RuleSet::load(rule_files)?
    };
    for project in projects {
        config::check_selectors(project, &rules)?;
    }
    rules.select(&args.select, &args.ignore)?;
    Ok(Linter::new(rules))
}

fn lint_one(
    linter: &Linter,
    selection: &Selection,
    input: Input,
    error: Option<InputError>,
    keep_source: bool,
    no_suppressions: bool,
) -> FileReport {
    let path = input.display();
    if let Some(error) = error {
        return FileReport {
            path,
            source: None,
            outcome: Outcome::Input(error),
        };
    }
    let bytes = match inputs::read(&input) {
        Ok(bytes) => bytes,
        Err(error) => {
            return FileReport {
                path,
                source: None,
                outcome: Outcome::Input(error),
            }
        }
    };
    let mut linted = linter.lint_with_suppressed(&path, &bytes);
    let selected = |f: &Finding| selection.enables(f.rule_ref());
    linted.findings.retain(selected);
    linted.suppressed.retain(selected);
    linted.left_out.retain(|l| selection.enables(l.rule_ref()));
    if no_suppressions {
        // The comments of untrusted code are its author's: what they suppress is reported.
        linted.findings.extend(linted.suppressed.iter().cloned());
        linted
            .findings
            .sort_by(|a, b| a.range.cmp(&b.range).then(a.rule_id.cmp(&b.rule_id)));
        for left_out in &mut linted.left_out {
            left_out.count += left_out.suppressed;
        }
    }
    linted.left_out.retain(|l| l.count > 0);
    let outcome = Outcome::Linted(Box::new(linted));
    let source = match &outcome {
        Outcome::Linted(linted) if keep_source && !linted.findings.is_empty() => {
            Some(Arc::new(String::from_utf8_lossy(&bytes).into_owned()))
        }
        _ => None,
    };
    FileReport {
        path,
        source,
        outcome,
    }
}
