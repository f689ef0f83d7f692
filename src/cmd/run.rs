//! `pyjail run`: the program inside the jail, its output passed through
//! (capped), a short summary on stderr when something happened, and its exit
//! code as ours (128+N for signal N, 125 when the jail could not be set up).

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use jail::outcome::Outcome;
use jail::{units, JailError, Profile, Request};

use crate::cli::{exit, ReportFormat, RunArgs};
use crate::report;

pub fn main(args: Box<RunArgs>) -> ExitCode {
    let request = match request(&args) {
        Ok(request) => request,
        Err(err) => return refuse(&err),
    };
    let (mut stdout, mut stderr) = (std::io::stdout(), std::io::stderr());
    let result = jail::run(&request, &mut stdout, &mut stderr);
    if let Some(path) = &args.report {
        write_report(path, &args, &request, result.as_ref());
    }
    let outcome = match result {
        Ok(outcome) => outcome,
        Err(err) => return refuse(&err),
    };
    if let Some(line) = summary(&outcome, &request) {
        eprintln!("{line}");
    }
    ExitCode::from(exit_code(&outcome))
}

fn refuse(err: &JailError) -> ExitCode {
    let report = match err.hint() {
        Some(hint) => miette::miette!(help = hint, "{err}"),
        None => miette::miette!("{err}"),
    };
    eprintln!("{report:?}");
    ExitCode::from(exit::JAIL_SETUP)
}

/// The program's code; 128+N for signal N. When pyjail itself was told to
/// stop (SIGINT, SIGTERM, SIGHUP), 128+that signal, as a shell expects.
fn exit_code(outcome: &Outcome) -> u8 {
    if let Some(signal) = outcome.interrupted_by {
        return (128 + signal).min(255) as u8;
    }
    match (outcome.exit_code, outcome.signal) {
        (Some(code), _) => code as u8,
        (None, Some(signal)) => (128 + signal).min(255) as u8,
        (None, None) => exit::JAIL_SETUP,
    }
}

fn request(args: &RunArgs) -> Result<Request, JailError> {
    let mut profile = Profile::load(args.profile.as_deref().unwrap_or("strict"))?;
    let limits = &mut profile.limits;
    if let Some(text) = &args.timeout {
        limits.wall = nonzero(
            units::parse_duration(text).map_err(flag_error("--timeout"))?,
            "--timeout",
        )?;
    }
    if let Some(text) = &args.cpu {
        limits.cpu = nonzero(
            units::parse_duration(text).map_err(flag_error("--cpu"))?,
            "--cpu",
        )?;
    }
    if let Some(text) = &args.memory {
        limits.memory = units::parse_size(text).map_err(flag_error("--memory"))?;
    }
    if let Some(pids) = args.pids {
        limits.pids = pids;
    }
    if let Some(text) = &args.file_size {
        limits.file_size = units::parse_size(text).map_err(flag_error("--file-size"))?;
    }
    if let Some(text) = &args.output_limit {
        limits.output = units::parse_size(text).map_err(flag_error("--output-limit"))?;
    }
    let (program_name, source) = program(args, jail::program_limit(&profile))?;
    let env = args
        .env
        .iter()
        .map(|kv| {
            kv.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .ok_or_else(|| JailError::Input(format!("--env `{kv}`: expected KEY=VALUE")))
        })
        .collect::<Result<_, _>>()?;
    if let Some(path) = &args.stdin {
        regular_file(path, "--stdin ")?;
    }
    let ro_binds = args
        .ro_bind
        .iter()
        .map(|b| jail::parse_bind(b))
        .collect::<Result<_, _>>()?;
    Ok(Request {
        program_name,
        source,
        args: args.args.clone(),
        profile,
        python: args.python.clone(),
        env,
        stdin: args.stdin.clone(),
        ro_binds,
        allow_degraded: args
            .allow_degraded
            .iter()
            .map(|name| jail::degradable(name))
            .collect::<Result<_, _>>()?,
        prelude: prelude(args)?,
    })
}

/// The audit prelude compiled for the interpreter that will run (cached on
/// disk after the first time); None with `--no-telemetry`.
fn prelude(args: &RunArgs) -> Result<Option<Vec<u8>>, JailError> {
    if args.no_telemetry {
        return Ok(None);
    }
    let python = jail::python::resolve(args.python.as_deref())?;
    jail::prelude::compile(&python.host_executable, &jail::prelude::source())
        .map(Some)
        .map_err(|e| {
            JailError::setup(
                jail::Layer::Telemetry,
                format!("{e} (run with --no-telemetry to skip it)"),
            )
        })
}

fn flag_error(flag: &'static str) -> impl Fn(units::UnitError) -> JailError {
    move |e| JailError::Input(format!("{flag}: {e}"))
}

fn nonzero(value: std::time::Duration, flag: &str) -> Result<std::time::Duration, JailError> {
    if value.is_zero() {
        return Err(JailError::Input(format!(
            "{flag} must be greater than zero"
        )));
    }
    Ok(value)
}

/// The program's file name inside the jail and its source.
fn program(args: &RunArgs, limit: u64) -> Result<(String, Vec<u8>), JailError> {
    if let Some(code) = &args.code {
        return Ok(("main.py".into(), code.clone().into_bytes()));
    }
    let Some(path) = &args.file else {
        return Err(JailError::Input(
            "nothing to run: give a FILE, `-c CODE` or `-` for stdin".into(),
        ));
    };
    if path == Path::new("-") {
        let source = read_bounded(std::io::stdin(), limit)
            .map_err(|e| JailError::Input(format!("the program on stdin: {e}")))?;
        return Ok(("main.py".into(), source));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !n.is_empty() && n != "..")
        .ok_or_else(|| JailError::Input(format!("{}: not a file name", path.display())))?;
    regular_file(path, "")?;
    let source = std::fs::File::open(path)
        .and_then(|file| read_bounded(file, limit))
        .map_err(|e| JailError::Input(format!("{}: {e}", path.display())))?;
    Ok((name, source))
}

/// Only regular files: a FIFO or a device would block or never end.
fn regular_file(path: &Path, what: &str) -> Result<(), JailError> {
    let meta = std::fs::metadata(path)
        .map_err(|e| JailError::Input(format!("{what}{}: {e}", path.display())))?;
    if meta.is_dir() {
        return Err(JailError::Input(format!(
            "{what}{}: is a directory",
            path.display()
        )));
    }
    if !meta.is_file() {
        return Err(JailError::Input(format!(
            "{what}{}: not a regular file",
            path.display()
        )));
    }
    Ok(())
}

/// Reads at most `limit` bytes; more is an error (a huge or endless program
/// must not fill pyjail's memory).
fn read_bounded(reader: impl Read, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut source = Vec::new();
    reader.take(limit + 1).read_to_end(&mut source)?;
    if source.len() as u64 > limit {
        return Err(std::io::Error::other(format!(
            "larger than the file-size limit ({limit} bytes)"
        )));
    }
    Ok(source)
}

/// The threat report: the analyzer's findings for the same code, then what
/// the run showed. A report that cannot be written is said, not fatal.
fn write_report(
    path: &Path,
    args: &RunArgs,
    request: &Request,
    result: Result<&Outcome, &JailError>,
) {
    let shown_name = match (&args.file, &args.code) {
        (_, Some(_)) => "<string>".to_string(),
        (Some(file), None) if file == Path::new("-") => "<stdin>".to_string(),
        (Some(file), None) => file.display().to_string(),
        (None, None) => request.program_name.clone(),
    };
    let report = report::build(report::Inputs {
        subject: report::Subject::new(shown_name, &request.source),
        static_analysis: report::lint(&request.program_name, &request.source),
        outcome: result.map_err(|err| err.to_string()),
        telemetry_enabled: !args.no_telemetry,
    });
    let human = args.report_format == ReportFormat::Human;
    if let Err(err) = report::write(path, human, &report) {
        eprintln!(
            "pyjail: cannot write the report to {}: {err}",
            path.display()
        );
    }
}

/// One line on stderr when a limit was hit, a call denied, the jail
/// degraded or the run interrupted; None for an uneventful run.
fn summary(outcome: &Outcome, request: &Request) -> Option<String> {
    let limits = &request.profile.limits;
    let mut parts = Vec::new();
    if let Some(signal) = outcome.interrupted_by {
        parts.push(format!("interrupted by signal {signal}: jail killed"));
    }
    for limit in &outcome.limits_hit {
        let value = match limit {
            jail::outcome::Limit::Timeout => format!(" ({:?})", limits.wall),
            jail::outcome::Limit::Cpu => format!(" ({:?})", limits.cpu),
            jail::outcome::Limit::Memory => format!(" ({} bytes)", limits.memory),
            jail::outcome::Limit::Pids => format!(" ({})", limits.pids),
            jail::outcome::Limit::Output => format!(" ({} bytes)", limits.output),
            _ => String::new(),
        };
        parts.push(format!("limit hit: {}{value}", limit.describe()));
    }
    let denied = &outcome.denied_calls;
    if denied.total > 0 {
        let mut names: Vec<&str> = denied.records.iter().map(|d| d.name.as_str()).collect();
        names.dedup();
        names.truncate(5);
        parts.push(format!(
            "denied {} system call(s): {}",
            denied.total,
            names.join(", ")
        ));
    }
    for degradation in &outcome.degradations {
        parts.push(format!(
            "degraded: {}: {}",
            degradation.layer, degradation.detail
        ));
    }
    if parts.is_empty() {
        return None;
    }
    let ended = match (outcome.exit_code, outcome.signal) {
        (Some(code), _) => format!("exit {code}"),
        (None, Some(signal)) => format!("killed by signal {signal}"),
        _ => "no status".into(),
    };
    Some(format!("[pyjail: {ended}; {}]", parts.join("; ")))
}
