//! The command line, declared in one place so that every subcommand's surface
//! can be read together. Each subcommand's behaviour lives in `cmd/`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Exit codes shared by every subcommand (documented in the README).
pub mod exit {
    /// `lint`: nothing at or above `--fail-on`.
    pub const CLEAN: u8 = 0;
    /// `lint`: at least one finding at or above `--fail-on`.
    pub const FINDINGS: u8 = 1;
    /// Usage or input error (bad flag, missing file, unparsable source).
    pub const USAGE: u8 = 2;
    /// `run`: the program exited 0 but its output passed the output limit
    /// and was cut.
    pub const OUTPUT_TRUNCATED: u8 = 124;
    /// `run`: pyjail could not set up the jail or start the program, or
    /// could not write the report.
    pub const JAIL_SETUP: u8 = 125;
}

#[derive(Debug, Parser)]
#[command(name = "pyjail", version, about = "Lint, jail and report on untrusted Python", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// Each subcommand's arguments are built only when it is the one given: a
/// cold `pyjail run` does not pay for building every other subcommand's.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Find sandbox-escape patterns in Python source (advisory).
    Lint(LintArgs),
    /// List the analyzer's rules.
    Rules(RulesArgs),
    /// Explain one rule: what it finds, why it is dangerous, how to fix or suppress it.
    Explain(ExplainArgs),
    /// Run Python inside the jail (the enforced boundary).
    Run(Box<RunArgs>),
    /// Report what this host offers the jail and what each gap costs.
    Doctor(DoctorArgs),
    /// Language server over stdio, for editors.
    Lsp(LspArgs),
    /// Keep warm jails and run jobs through an HTTP/1.1 JSON API (unix socket, or loopback TCP with a token).
    Serve(ServeArgs),
    /// One warm jail for `pyjail serve` (started by the server, not by hand).
    #[command(hide = true)]
    WarmHelper(WarmArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    Human,
    Concise,
    Json,
    Sarif,
    Github,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Files or directories to lint; `-` reads standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = LintFormat::Human)]
    pub format: LintFormat,
    /// Only these rules (comma-separated): ids, id prefixes, names, categories,
    /// capabilities, or ALL.
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    pub select: Vec<String>,
    /// Skip these rules (comma-separated), as --select names them.
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    pub ignore: Vec<String>,
    /// Exit 1 when a finding reaches this severity (info, low, medium, high).
    #[arg(long, value_name = "SEVERITY")]
    pub fail_on: Option<String>,
    /// Extra or replacement rule files (YAML); a directory loads every *.yaml in it.
    #[arg(long, value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Name to report for source read from standard input.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Walk directories completely: do not skip hidden files or files matched by
    /// .gitignore/.ignore (untrusted trees can hide files that way).
    #[arg(long)]
    pub no_ignore: bool,
    /// Report what `# pyjail: ignore[...]` comments suppress: the comments of untrusted
    /// code are its author's (ruff's --ignore-noqa, bandit's --ignore-nosec).
    #[arg(long)]
    pub no_suppressions: bool,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    pub format: RulesFormat,
    /// Extra or replacement rule files (YAML).
    #[arg(long, value_name = "PATH")]
    pub rules: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Text,
    Json,
    /// Every rule's documentation in one page (docs/rules.md is this output).
    Markdown,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Rule id, e.g. PJ101.
    pub id: String,
    /// Extra or replacement rule files (YAML).
    #[arg(long, value_name = "PATH")]
    pub rules: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Human,
    Json,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Python file to run, or a project directory (its files go to /work and
    /// its __main__.py runs); `-` reads the program from standard input.
    #[arg(value_name = "FILE|DIR", conflicts_with_all = ["code", "module"])]
    pub file: Option<PathBuf>,
    /// Program passed as a string.
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "module")]
    pub code: Option<String>,
    /// Run a module as `python -m` does (with --work DIR: a module of DIR's).
    #[arg(short = 'm', value_name = "MODULE")]
    pub module: Option<String>,
    /// Copy DIR's files and directories into /work before the program starts.
    #[arg(long, value_name = "DIR")]
    pub work: Option<PathBuf>,
    /// After the run, copy the files the program left in /work into DIR (new or empty).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// With --out: only files matching GLOB (`*.png`; with a `/`, the path in /work).
    #[arg(long, value_name = "GLOB", requires = "out")]
    pub collect: Vec<String>,
    /// Jail profile: a name under rules/profiles (strict, ...) or a YAML file.
    #[arg(long, value_name = "NAME|FILE")]
    pub profile: Option<String>,
    /// Wall-clock limit, e.g. 10s, 500ms, 2m.
    #[arg(long, value_name = "DUR", allow_hyphen_values = true)]
    pub timeout: Option<String>,
    /// CPU-time limit.
    #[arg(long, value_name = "DUR", allow_hyphen_values = true)]
    pub cpu: Option<String>,
    /// Memory limit, e.g. 256MiB.
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub memory: Option<String>,
    /// Maximum number of processes and threads in the jail.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub pids: Option<u64>,
    /// Largest file the program may write (the program itself and --work's files too).
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub file_size: Option<String>,
    /// Cap on stdout and stderr (each), e.g. 1MiB.
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub output_limit: Option<String>,
    /// Extra read-only bind mount, SRC or SRC:DST (DST by default /work/<SRC's name>).
    #[arg(long, value_name = "SRC[:DST]")]
    pub ro_bind: Vec<String>,
    /// Environment variable for the program (nothing else passes).
    #[arg(long, value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// The program's standard input: a file, FIFO or device, or `-` for
    /// pyjail's own (default: pyjail's own unless it is a terminal).
    #[arg(long, value_name = "FILE|-")]
    pub stdin: Option<PathBuf>,
    /// Most bytes passed to the program's standard input, e.g. 64MiB.
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub stdin_limit: Option<String>,
    /// Interpreter to use (default: python3 on PATH).
    #[arg(long, value_name = "PATH")]
    pub python: Option<PathBuf>,
    /// Accept a weaker jail: comma-separated layers that may be missing (cgroup, landlock).
    #[arg(long, value_delimiter = ',', value_name = "LAYERS")]
    pub allow_degraded: Vec<String>,
    /// Write the threat report to this file (`-`: standard error).
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Format of the report written with --report (default: json).
    #[arg(long, value_enum, requires = "report")]
    pub report_format: Option<ReportFormat>,
    /// Do not install the audit-hook prelude.
    #[arg(long)]
    pub no_telemetry: bool,
    /// End with the run's result as one JSON line on stderr instead of the summary line.
    #[arg(long)]
    pub json: bool,
    /// Write the run's result as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    pub result: Option<PathBuf>,
    /// Run the job on a `pyjail serve` (a warm jail): its unix socket, or
    /// `tcp://127.0.0.1:PORT` (the token from --token-file or PYJAIL_TOKEN).
    #[arg(long, value_name = "SOCKET|tcp://IP:PORT")]
    pub server: Option<PathBuf>,
    /// With --server tcp://...: the file holding the server's token (mode 0600).
    #[arg(long, value_name = "FILE", requires = "server")]
    pub token_file: Option<PathBuf>,
    /// Arguments passed to the program as sys.argv[1:].
    #[arg(last = true, value_name = "ARGS")]
    pub args: Vec<String>,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("address").required(true).args(["socket", "listen"]))]
pub struct ServeArgs {
    /// Unix socket to listen on (created mode 0600; a stale one is replaced).
    #[arg(long, value_name = "PATH")]
    pub socket: Option<PathBuf>,
    /// Listen on TCP instead, on a loopback address only (127.0.0.1:PORT,
    /// [::1]:PORT); every request must carry the token.
    #[arg(long, value_name = "IP:PORT")]
    pub listen: Option<String>,
    /// With --listen: the file holding the token (mode 0600; else PYJAIL_TOKEN).
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// Warm jails kept ready.
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub pool: usize,
    /// Jobs that run at once.
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub concurrency: usize,
    /// Jobs that may wait for a jail; beyond that, 429 with Retry-After.
    #[arg(long, default_value_t = 16, value_name = "N")]
    pub queue: usize,
    /// Jail profile of every jail: a name under rules/profiles or a YAML file.
    #[arg(long, value_name = "NAME|FILE")]
    pub profile: Option<String>,
    /// Interpreter to use (default: python3 on PATH).
    #[arg(long, value_name = "PATH")]
    pub python: Option<PathBuf>,
    /// Accept a weaker jail: comma-separated layers that may be missing (cgroup, landlock).
    #[arg(long, value_delimiter = ',', value_name = "LAYERS")]
    pub allow_degraded: Vec<String>,
    /// Largest request body, e.g. 64MiB.
    #[arg(long, default_value = "64MiB", value_name = "SIZE")]
    pub max_body: String,
    /// Start every jail on its own (a new interpreter each) instead of
    /// forking it from a template interpreter: no memory of the server's is
    /// shared between jobs, at ~1.3x the CPU per job.
    #[arg(long)]
    pub no_template: bool,
}

#[derive(Debug, Args)]
pub struct WarmArgs {
    #[arg(long)]
    pub profile: String,
    #[arg(long)]
    pub python: Option<PathBuf>,
    #[arg(long, value_delimiter = ',')]
    pub allow_degraded: Vec<String>,
    /// The server's pid: the helper refuses to run for anyone else.
    #[arg(long)]
    pub parent: u32,
    /// Largest job line accepted.
    #[arg(long)]
    pub max_job: usize,
    /// Set up the jail at low priority and run the job at this nice value.
    #[arg(long, allow_hyphen_values = true)]
    pub job_nice: Option<i32>,
    /// Start every jail on its own, not forked from a template.
    #[arg(long)]
    pub no_template: bool,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Interpreter to check (default: python3 on PATH).
    #[arg(long, value_name = "PATH")]
    pub python: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct LspArgs {
    /// Report how long each lint took, as `$/pyjail/timing` notifications and on stderr.
    #[arg(long)]
    pub log_timing: bool,
    /// Accepted for clients that pass it; stdio is the only transport.
    #[arg(long)]
    pub stdio: bool,
}

/// Prints a clap error and maps it to pyjail's exit codes: `run` reserves
/// everything below 125 for the program, so its usage errors are 125 too.
pub fn usage_error(err: clap::Error) -> ExitCode {
    let _ = err.print();
    if !err.use_stderr() {
        return ExitCode::SUCCESS; // --help, --version
    }
    // Lossy: the arguments clap refused may not be UTF-8 (`std::env::args` panics on those).
    let args: Vec<String> = std::env::args_os()
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let is_run = args.get(1).map(String::as_str) == Some("run");
    // `pyjail run prog.py a b` or `prog.py --verbose` meant for the program:
    // the unknown argument comes after a program that exists.
    let after_a_program = || {
        let unknown = err.get(clap::error::ContextKind::InvalidArg);
        let at = unknown.and_then(|u| args.iter().position(|a| *a == u.to_string()));
        at.is_some_and(|at| args[2..at].iter().any(|a| Path::new(a).exists()))
    };
    if is_run && err.kind() == clap::error::ErrorKind::UnknownArgument && after_a_program() {
        stderr_line!(
            "\nhint: arguments for the program go after `--`: pyjail run [OPTIONS] FILE -- ARGS..."
        );
    }
    ExitCode::from(if is_run {
        exit::JAIL_SETUP
    } else {
        exit::USAGE
    })
}
