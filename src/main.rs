//! `pyjail`: look at untrusted Python (lint), run it behind a real boundary (run),
//! and report what it looked like, what it tried and what the kernel stopped.

mod cli;
mod cmd;
mod config;
mod lsp;
mod report;
mod serve;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return cli::usage_error(err),
    };
    match cli.command {
        Command::Lint(args) => cmd::lint::main(args),
        Command::Rules(args) => cmd::rules::list(args),
        Command::Explain(args) => cmd::rules::explain(args),
        Command::Run(args) => cmd::run::main(args),
        Command::Doctor(args) => cmd::doctor::main(args),
        Command::Lsp(args) => cmd::lsp::main(args),
        Command::Serve(args) => cmd::serve::main(args),
        Command::WarmHelper(args) => cmd::warm::main(args),
    }
}
