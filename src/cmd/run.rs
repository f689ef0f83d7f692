use std::process::ExitCode;

use crate::cli::RunArgs;

pub fn main(_args: Box<RunArgs>) -> ExitCode {
    eprintln!("pyjail: `run` is not implemented yet");
    ExitCode::from(crate::cli::exit::USAGE)
}
