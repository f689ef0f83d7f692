//! `pyjail`: look at untrusted Python (lint), run it behind a real boundary (run),
//! and report what it looked like, what it tried and what the kernel stopped.

/// `eprintln!` that a closed stderr does not turn into a panic: pyjail's own
/// lines (a run's summary, a warning) are lost when nobody reads them, as a
/// shell tool's are (`pyjail run … 2>&1 | head -1`).
macro_rules! stderr_line {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// `println!` that a closed stdout does not turn into a panic.
macro_rules! stdout_line {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

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
/// clone 0.07-0.10 ms sooner). glibc calls `.init_array` functions with
/// `argc`, `argv` and `envp`, as Rust's standard library relies on for its
/// own arguments on this target (elsewhere the jail makes its own namespace);
/// nothing here can fail the process.
#[cfg(target_env = "gnu")]
#[used]
#[link_section = ".init_array"]
static START_NETWORK_EARLY: extern "C" fn(
    libc::c_int,
    *const *const libc::c_char,
    *const *const libc::c_char,
) = start_network_early;

#[cfg(target_env = "gnu")]
extern "C" fn start_network_early(
    argc: libc::c_int,
    argv: *const *const libc::c_char,
    _envp: *const *const libc::c_char,
) {
    open_missing_standard_fds();
    let count = usize::try_from(argc).unwrap_or(0);
    let args = (0..count).map(|i| {
        // SAFETY: glibc passes the process' argv: `argc` NUL-terminated strings.
        unsafe { std::ffi::CStr::from_ptr(*argv.add(i)) }.to_bytes()
    });
    if runs_a_jail(args) {
        if let Ok(mut early) = EARLY_NETWORK.lock() {
            *early = jail::net::Ahead::start();
        }
    }
}

/// Opens /dev/null on each of fds 0, 1 and 2 that pyjail was started
/// without (`pyjail run prog.py >&-`), before any file of ours is opened:
/// else the network thread's files, and then others, take those numbers, and
/// what pyjail passes on as the program's stdout goes into one of them. Rust's
/// runtime does the same, but only from `main`'s set-up, after this. When
/// /dev/null cannot be opened, that check aborts the process.
#[cfg(target_env = "gnu")]
fn open_missing_standard_fds() {
    for fd in 0..=2 {
        // SAFETY: fcntl(F_GETFD) only reads the flags of a descriptor number.
        let missing = unsafe { libc::fcntl(fd, libc::F_GETFD) } == -1
            && std::io::Error::last_os_error().raw_os_error() == Some(libc::EBADF);
        if missing {
            // SAFETY: open of a constant path; the new descriptor is the
            // lowest free one, this one, and stays open for the process.
            unsafe { libc::open(c"/dev/null".as_ptr(), libc::O_RDWR) };
        }
    }
}

/// Whether the command line (`argv`, program name first) asks for a jail
/// here: `run`, not through a server.
#[cfg(target_env = "gnu")]
fn runs_a_jail<'a>(argv: impl Iterator<Item = &'a [u8]>) -> bool {
    let mut args = argv.skip(1);
    args.next() == Some(b"run".as_slice())
        && !args.any(|arg| arg == b"--server" || arg.starts_with(b"--server="))
}
