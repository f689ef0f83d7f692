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
    let network = EARLY_NETWORK
        .lock()
        .ok()
        .and_then(|mut started| started.take());
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

/// The network namespace of a cold `pyjail run`'s jail, started before `main`.
static EARLY_NETWORK: std::sync::Mutex<Option<jail::net::Ahead>> = std::sync::Mutex::new(None);

/// A cold `pyjail run` waits for its jail's network namespace (what it costs:
/// `jail::net`) before it can clone the jail: it is the longest step before
/// the clone, so it starts as early as the process allows, before Rust's
/// runtime set-up (`scripts/bench-phases.sh`, 300 rounds: the namespace
/// ready 0.13-0.15 ms sooner than when started from the top of `main`, the
/// clone 0.07-0.10 ms sooner). Not every libc passes `.init_array` functions
/// the arguments (musl does not), so the command line comes from
/// /proc/self/cmdline; without it the namespace is started later. Nothing
/// here can fail the process.
#[used]
#[link_section = ".init_array"]
static START_NETWORK_EARLY: extern "C" fn() = start_network_early;

extern "C" fn start_network_early() {
    let Ok(command_line) = std::fs::read("/proc/self/cmdline") else {
        return;
    };
    if runs_a_jail(command_line.split(|&byte| byte == 0)) {
        if let Ok(mut early) = EARLY_NETWORK.lock() {
            *early = jail::net::Ahead::start();
        }
    }
}

/// Whether the command line (`argv`, program name first) asks for a jail
/// here: `run`, not through a server.
fn runs_a_jail<'a>(argv: impl Iterator<Item = &'a [u8]>) -> bool {
    let mut args = argv.skip(1);
    args.next() == Some(b"run".as_slice())
        && !args.any(|arg| arg == b"--server" || arg.starts_with(b"--server="))
}
