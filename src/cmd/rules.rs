//! `pyjail rules` (the rule list) and `pyjail explain ID` (one rule's documentation, the
//! same Markdown an editor hover shows).

use std::io::Write;
use std::process::ExitCode;

use analyzer::RuleSet;

use crate::cli::{exit, ExplainArgs, RulesArgs, RulesFormat};

fn load(paths: &[std::path::PathBuf]) -> Result<RuleSet, ExitCode> {
    if paths.is_empty() {
        return Ok(RuleSet::embedded());
    }
    RuleSet::load(paths).map_err(|err| {
        eprintln!("{:?}", miette::Report::new(err));
        ExitCode::from(exit::USAGE)
    })
}

pub fn list(args: RulesArgs) -> ExitCode {
    let rules = match load(&args.rules) {
        Ok(rules) => rules,
        Err(code) => return code,
    };
    let mut out = std::io::stdout().lock();
    let written = match args.format {
        RulesFormat::Json => {
            let docs: Vec<_> = rules.rules().collect();
            serde_json::to_writer_pretty(&mut out, &docs)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
        }
        RulesFormat::Text => rules.rules().try_for_each(|doc| {
            let summary = doc.summary();
            writeln!(
                out,
                "{:<6} {:<7} {:<19} {:<28} {}",
                doc.id, doc.severity, doc.category, doc.name, summary
            )
        }),
    };
    match written {
        Ok(()) => ExitCode::from(exit::CLEAN),
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(exit::CLEAN),
        Err(err) => {
            eprintln!("pyjail: cannot write the rule list: {err}");
            ExitCode::from(exit::USAGE)
        }
    }
}

pub fn explain(args: ExplainArgs) -> ExitCode {
    let rules = match load(&args.rules) {
        Ok(rules) => rules,
        Err(code) => return code,
    };
    match rules.get(&args.id) {
        Some(doc) => {
            let mut out = std::io::stdout().lock();
            let _ = write!(out, "{}", doc.to_markdown());
            ExitCode::from(exit::CLEAN)
        }
        None => {
            let suggestions: Vec<String> = rules
                .suggest(&args.id)
                .iter()
                .map(|d| format!("{} ({})", d.id, d.name))
                .collect();
            eprintln!("pyjail: no rule `{}`", args.id);
            if !suggestions.is_empty() {
                eprintln!("did you mean: {}?", suggestions.join(", "));
            }
            eprintln!("`pyjail rules` lists every rule.");
            ExitCode::from(exit::USAGE)
        }
    }
}
