//! `pyjail lint`: lint files, directories and standard input in parallel; print the
//! findings in one of five formats; exit 0 (clean), 1 (findings at or above `--fail-on`)
//! or 2 (usage or input error, including any file that could not be linted).

mod inputs;
mod json;
mod sarif;
mod text;

use std::process::ExitCode;
use std::sync::Arc;

use analyzer::{Linted, Linter, RuleSet, Severity, SourceError};
use rayon::prelude::*;

use crate::cli::{exit, LintArgs, LintFormat};
use inputs::{Input, InputError};

/// What happened to one input.
pub enum Outcome {
    Linted(Linted),
    Source(SourceError),
    Input(InputError),
}

pub struct FileReport {
    pub path: String,
    /// The text, kept for rendering findings with their source lines.
    pub source: Option<Arc<String>>,
    pub outcome: Outcome,
}

/// Everything the output formats need.
pub struct Run<'r> {
    pub files: Vec<FileReport>,
    pub rules: &'r RuleSet,
    pub fail_on: Severity,
}

impl Run<'_> {
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
        self.files
            .iter()
            .filter(|f| !matches!(f.outcome, Outcome::Linted(_)))
            .count()
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

    pub fn max_severity(&self) -> Option<Severity> {
        self.findings().map(|(_, f)| f.severity).max()
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

pub fn main(args: LintArgs) -> ExitCode {
    match run(args) {
        Ok(code) => ExitCode::from(code),
        Err(report) => {
            eprintln!("{report:?}");
            ExitCode::from(exit::USAGE)
        }
    }
}

fn run(args: LintArgs) -> miette::Result<u8> {
    let fail_on = match &args.fail_on {
        Some(text) => text
            .parse::<Severity>()
            .map_err(|err| miette::miette!("--fail-on: {err}"))?,
        None => Severity::Medium,
    };
    let mut rules = if args.rules.is_empty() {
        RuleSet::embedded()
    } else {
        RuleSet::load(&args.rules)?
    };
    rules.select(&args.select, &args.ignore)?;
    let linter = Linter::new(rules);

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

    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(analyzer::WORKER_STACK_BYTES)
        .build()
        .map_err(|err| miette::miette!("cannot start worker threads: {err}"))?;
    let files: Vec<FileReport> = pool.install(|| {
        inputs
            .into_par_iter()
            .map(|(input, error)| lint_one(&linter, input, error))
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

fn lint_one(linter: &Linter, input: Input, error: Option<InputError>) -> FileReport {
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
    let outcome = match linter.lint_with_suppressed(&path, &bytes) {
        Ok(linted) => Outcome::Linted(linted),
        Err(error) => Outcome::Source(error),
    };
    let source = match &outcome {
        Outcome::Linted(linted) if !linted.findings.is_empty() => {
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
