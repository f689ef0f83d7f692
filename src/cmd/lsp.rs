use std::process::ExitCode;

use crate::cli::LspArgs;

pub fn main(_args: LspArgs) -> ExitCode {
    eprintln!("pyjail: `lsp` is not implemented yet");
    ExitCode::from(crate::cli::exit::USAGE)
}
