//! `pyjail`: look at untrusted Python (lint), run it behind a real boundary (run),
//! and report what it looked like, what it tried and what the kernel stopped.

mod cli;
mod cmd;
mod config;
mod lsp;
mod report;
mod serve;
mod terminal;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};

fn main() -> ExitCode {
    // A cold `pyjail run` starts making its jail's network namespace (~0.4
    // ms) before anything else, so that it is made while the command line is
    // parsed and the run is planned (~0.44 ms from here to the join).
    let network = runs_a_jail().then(jail::net::Ahead::start).flatten();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return cli::usage_error(err),
    };
    match cli.command {
        Command::Lint(args) => cmd::lint::main(args),
        Command::Rules(args) => cmd::rules::list(args),
        Command::Explain(args) => cmd::rules::explain(args),
        Command::Run(args) => cmd::run::main(args, network),
        Command::Doctor(args) => cmd::doctor::main(args),
        Command::Lsp(args) => cmd::lsp::main(args),
        Command::Serve(args) => cmd::serve::main(args),
        Command::WarmHelper(args) => cmd::warm::main(args),
    }
}

/// Whether the command line asks for a jail here: `run`, not through a server.
fn runs_a_jail() -> bool {
    let mut args = std::env::args_os().skip(1);
    args.next().is_some_and(|command| command == "run")
        && !args.any(|arg| {
            arg.to_str()
                .is_some_and(|arg| arg == "--server" || arg.starts_with("--server="))
        })
}
