use std::process::ExitCode;

use crate::cli::LspArgs;
use crate::lsp::{self, End, Options};

/// Exit status as the protocol asks: 0 after `shutdown` then `exit`, 1 when the
/// session ended any other way.
pub fn main(args: LspArgs) -> ExitCode {
    match lsp::serve_stdio(Options {
        log_timing: args.log_timing,
    }) {
        End::Clean => ExitCode::SUCCESS,
        End::Abrupt => ExitCode::FAILURE,
    }
}
