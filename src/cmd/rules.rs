use std::process::ExitCode;

use crate::cli::{ExplainArgs, RulesArgs};

pub fn list(_args: RulesArgs) -> ExitCode {
    eprintln!("pyjail: `rules` is not implemented yet");
    ExitCode::from(crate::cli::exit::USAGE)
}

pub fn explain(_args: ExplainArgs) -> ExitCode {
    eprintln!("pyjail: `explain` is not implemented yet");
    ExitCode::from(crate::cli::exit::USAGE)
}
