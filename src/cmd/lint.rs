use std::process::ExitCode;

use crate::cli::LintArgs;

pub fn main(_args: LintArgs) -> ExitCode {
    eprintln!("pyjail: `lint` is not implemented yet");
    ExitCode::from(crate::cli::exit::USAGE)
}
