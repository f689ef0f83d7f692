//! `pyjail run`: the program inside the jail, its output passed through
//! (capped), a short summary on stderr when something happened, and its exit
//! code as ours (128+N for signal N, 125 when the jail could not be set up).

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use jail::outcome::Outcome;
use jail::profile::{Limits, MIN_MEMORY, MIN_PIDS};
use jail::python::Interpreter;
use jail::{units, Entry, JailError, Profile, Request, Stdin};

use crate::cli::{exit, ReportFormat, RunArgs};
use crate::report;

pub(crate) mod result;

/// `network`: the jail's network namespace, when `main` started making it.
pub fn main(args: Box<RunArgs>, network: Option<jail::net::Ahead>) -> ExitCode {
    if let Some(socket) = &args.server {
        return crate::serve::client::main(&args, socket);
    }
    let (request, interpreter) = match request(&args) {
        Ok(resolved) => resolved,
        Err(err) => {
            write_refused_report(&args, &err);
            write_result(&args, &result::failed(&err.to_string()), false);
            return refuse(&err);
        }
    };
    for note in request.work.iter().flat_map(|tree| &tree.notes) {
        stderr_line!("pyjail: {note}");
    }
    // Opened before the run: a report that cannot be written stops it here.
    let destination = match args
        .report
        .as_deref()
        .map(report::Destination::open)
        .transpose()
    {
        Ok(destination) => destination,
        Err(err) => {
            write_result(&args, &result::failed(&err.to_string()), false);
            return refuse(&err);
        }
    };
    let (mut stdout, mut stderr) = (std::io::stdout(), std::io::stderr());
    let (run, teardown) = match jail::run(&request, &interpreter, network, &mut stdout, &mut stderr)
    {
        Ok((outcome, teardown)) => (Ok(outcome), Some(teardown)),
        Err(err) => (Err(err), None),
    };
    let code = deliver(&args, &request, run, destination);
    // Everything is written: the caller has the program's output and our
    // exit status as soon as we exit, and a reaper finishes the jail off.
    match teardown {
        Some(teardown) => teardown.detach_and_exit(code),
        None => ExitCode::from(code),
    }
}

/// The report, the result, the summary line and the exit code of a run.
fn deliver(
    args: &RunArgs,
    request: &Request,
    run: Result<Outcome, JailError>,
    destination: Option<report::Destination>,
) -> u8 {
    let report = (destination.is_some() || args.json || args.result.is_some())
        .then(|| build_report(args, request, run.as_ref()));
    let written = match (destination, &report) {
        (Some(to), Some(report)) => {
            Some(to.write(args.report_format == Some(ReportFormat::Human), report))
        }
        _ => None,
    };
    let outcome = match run {
        Ok(outcome) => outcome,
        Err(err) => {
            write_result(args, &result::failed(&err.to_string()), false);
            return explain(&err);
        }
    };
    let code = exit_code(&outcome);
    // The program's last line may lack its newline: ours starts a line of its own.
    let unfinished = outcome.stderr.shown > 0 && outcome.stderr_tail.last() != Some(&b'\n');
    let line = summary(&outcome, request);
    if args.json || args.result.is_some() {
        let verdict = report.as_ref().map(|r| (r.verdict, r.reasons.clone()));
        let document = result::of_run(&outcome, request, code, verdict);
        write_result(args, &document, unfinished);
    }
    if let (false, Some(line)) = (args.json, line) {
        let before = crate::terminal::before_line_on_stderr(unfinished);
        stderr_line!("{before}{}", report::escape(&line));
    }
    if let Some(Err(err)) = written {
        stderr_line!("pyjail: {err}");
        return exit::JAIL_SETUP;
    }
    code
}

/// `--json` (one line on stderr) and `--result FILE`.
pub(crate) fn write_result(args: &RunArgs, document: &serde_json::Value, unfinished: bool) {
    if args.json {
        stderr_line!("{}{document}", if unfinished { "\n" } else { "" });
    }
    if let Some(path) = &args.result {
        let text = serde_json::to_string_pretty(document).unwrap_or_default() + "\n";
        if let Err(err) = std::fs::write(path, text) {
            stderr_line!(
                "pyjail: cannot write the result to {}: {err}",
                path.display()
            );
        }
    }
}

fn refuse(err: &JailError) -> ExitCode {
    ExitCode::from(explain(err))
}

/// Why the jail could not run the program, with the hint; our exit code.
fn explain(err: &JailError) -> u8 {
    let report = match err.hint() {
        Some(hint) => miette::miette!(help = hint, "{err}"),
        None => miette::miette!("{err}"),
    };
    stderr_line!("{report:?}");
    exit::JAIL_SETUP
}

/// The program's code; 128+N for signal N. When pyjail itself was told to
/// stop (SIGINT, SIGTERM, SIGHUP, SIGQUIT), 128+that signal, as a shell expects. A
/// program that succeeded but whose output was cut gets
/// [`exit::OUTPUT_TRUNCATED`]: the caller did not get all it printed.
pub(crate) fn exit_code(outcome: &Outcome) -> u8 {
    if let Some(signal) = outcome.interrupted_by {
        return (128 + signal).min(255) as u8;
    }
    match (outcome.exit_code, outcome.signal) {
        (Some(0), _) if outcome.stdout.truncated || outcome.stderr.truncated => {
            exit::OUTPUT_TRUNCATED
        }
        (Some(code), _) => code as u8,
        (None, Some(signal)) => (128 + signal).min(255) as u8,
        (None, None) => exit::JAIL_SETUP,
    }
}

/// The request, and the interpreter it runs with (resolved here once: the
/// prelude is compiled for it, and the jail starts it).
fn request(args: &RunArgs) -> Result<(Request, Interpreter), JailError> {
    let mut profile = Profile::load(args.profile.as_deref().unwrap_or("strict"))?;
    limit_flags(args)?.apply(&mut profile.limits);
    let program = program(args, jail::program_limit(&profile))?;
    let work = work_dir(&program, args)?
        .map(|dir| {
            jail::files::scan(
                dir,
                jail::files::WorkCaps {
                    file_size: profile.limits.file_size,
                    total: profile.limits.scratch_size(),
                },
            )
        })
        .transpose()?;
    if let Some(tree) = &work {
        check_work_keeps_program(tree, &program)?;
    }
    let (program_name, source) = match (&program.entry, &work) {
        // The module's text for the report, when it is one of --work's files.
        (Entry::Module(module), Some(tree)) => match module_source(module, tree) {
            Some((name, text)) => (name, text),
            None => (module.clone(), Vec::new()),
        },
        _ => (program.name, program.source),
    };
    let env = env(args)?;
    let stdin = stdin(args)?;
    let out = match &args.out {
        Some(dir) => {
            jail::files::check_globs(&args.collect)?;
            jail::files::prepare_out(dir)?;
            Some(jail::files::CollectSpec {
                dir: dir.clone(),
                globs: args.collect.clone(),
                file_size: profile.limits.file_size,
                total: profile.limits.scratch_size(),
            })
        }
        None => None,
    };
    let ro_binds = args
        .ro_bind
        .iter()
        .map(|b| jail::parse_bind(b))
        .collect::<Result<_, _>>()?;
    let interpreter = jail::python::resolve(args.python.as_deref())?;
    let prelude = prelude(args, &interpreter)?;
    let request = Request {
        program_name,
        source,
        entry: program.entry,
        args: args.args.clone(),
        profile,
        env,
        stdin,
        ro_binds,
        work,
        out,
        allow_degraded: args
            .allow_degraded
            .iter()
            .map(|name| jail::degradable(name))
            .collect::<Result<_, _>>()?,
        prelude,
    };
    Ok((request, interpreter))
}

/// The limits given by flags, checked; the rest are the profile's (or, through
/// a server, the server's).
pub(crate) struct LimitFlags {
    wall: Option<std::time::Duration>,
    cpu: Option<std::time::Duration>,
    memory: Option<u64>,
    pids: Option<u64>,
    pub(crate) file_size: Option<u64>,
    output: Option<u64>,
    pub(crate) stdin: Option<u64>,
}

impl LimitFlags {
    fn apply(&self, limits: &mut jail::profile::Limits) {
        let LimitFlags {
            wall,
            cpu,
            memory,
            pids,
            file_size,
            output,
            stdin,
        } = *self;
        limits.wall = wall.unwrap_or(limits.wall);
        limits.cpu = cpu.unwrap_or(limits.cpu);
        limits.memory = memory.unwrap_or(limits.memory);
        limits.pids = pids.unwrap_or(limits.pids);
        limits.file_size = file_size.unwrap_or(limits.file_size);
        limits.output = output.unwrap_or(limits.output);
        limits.stdin = stdin.unwrap_or(limits.stdin);
    }
}

/// `--timeout`, `--cpu`, `--memory`, `--pids`, `--file-size`, `--output-limit`
/// and `--stdin-limit`, parsed; a jail cannot run with no time, memory or
/// process at all (no output, no file and no input are limits like others).
pub(crate) fn limit_flags(args: &RunArgs) -> Result<LimitFlags, JailError> {
    let duration = |text: &Option<String>, flag: &'static str| {
        text.as_deref()
            .map(|text| nonzero(units::parse_duration(text).map_err(flag_error(flag))?, flag))
            .transpose()
    };
    let size = |text: &Option<String>, flag: &'static str| {
        text.as_deref()
            .map(|text| units::parse_size(text).map_err(flag_error(flag)))
            .transpose()
    };
    let wall = duration(&args.timeout, "--timeout")?;
    let cpu = duration(&args.cpu, "--cpu")?;
    let memory = size(&args.memory, "--memory")?;
    if let Some(why) = Limits::below_floors(
        memory.unwrap_or(MIN_MEMORY),
        args.pids.unwrap_or(MIN_PIDS),
        ["--memory", "--pids"],
    ) {
        return Err(JailError::Input(why));
    }
    Ok(LimitFlags {
        wall,
        cpu,
        memory,
        pids: args.pids,
        file_size: size(&args.file_size, "--file-size")?,
        output: size(&args.output_limit, "--output-limit")?,
        stdin: size(&args.stdin_limit, "--stdin-limit")?,
    })
}

/// `--env KEY=VALUE`s.
pub(crate) fn env(args: &RunArgs) -> Result<Vec<(String, String)>, JailError> {
    args.env
        .iter()
        .map(|kv| {
            kv.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .ok_or_else(|| JailError::Input(format!("--env `{kv}`: expected KEY=VALUE")))
        })
        .collect()
}

/// The directory whose files go to /work: a project's, or `--work`'s.
pub(crate) fn work_dir<'a>(
    program: &'a Program,
    args: &'a RunArgs,
) -> Result<Option<&'a Path>, JailError> {
    match (&program.project, &args.work) {
        (Some(_), Some(_)) => Err(JailError::Input(
            "a project directory is copied into /work already: give either DIR or --work DIR"
                .into(),
        )),
        (Some(dir), None) | (None, Some(dir)) => Ok(Some(dir)),
        (None, None) => Ok(None),
    }
}

/// The program's file must not replace one of `--work`'s.
pub(crate) fn check_work_keeps_program(
    tree: &jail::files::WorkTree,
    program: &Program,
) -> Result<(), JailError> {
    let name = Path::new(&program.name);
    if program.entry == Entry::Source && tree.entries.iter().any(|e| e.path == name) {
        return Err(JailError::Input(format!(
            "--work {} has its own {}: the program would replace it (run the directory's \
             file with -m, or rename one)",
            tree.root.display(),
            program.name
        )));
    }
    Ok(())
}

/// The audit prelude compiled for the interpreter that will run (cached on
/// disk after the first time); None with `--no-telemetry`.
fn prelude(args: &RunArgs, interpreter: &Interpreter) -> Result<Option<jail::Content>, JailError> {
    if args.no_telemetry {
        return Ok(None);
    }
    jail::prelude::compile(&interpreter.host_executable, jail::prelude::source())
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

/// What to run, as the command line says.
pub(crate) struct Program {
    /// File name inside /work (or the module's name).
    pub(crate) name: String,
    pub(crate) source: Vec<u8>,
    pub(crate) entry: Entry,
    /// `pyjail run DIR`: DIR is copied into /work.
    pub(crate) project: Option<std::path::PathBuf>,
}

/// The program's file name inside the jail and its source, at most `limit`
/// bytes (it is a file in /work, as the program's own files are).
pub(crate) fn program(args: &RunArgs, limit: u64) -> Result<Program, JailError> {
    let text = |name: &str, source: Vec<u8>| Program {
        name: name.into(),
        source,
        entry: Entry::Source,
        project: None,
    };
    if let Some(code) = &args.code {
        if code.len() as u64 > limit {
            return Err(JailError::Input(format!(
                "-c: larger than the file-size limit ({limit} bytes)"
            )));
        }
        return Ok(text("main.py", code.clone().into_bytes()));
    }
    if let Some(module) = &args.module {
        if !jail::is_module_name(module) {
            return Err(JailError::Input(format!(
                "-m `{module}`: not a module name"
            )));
        }
        return Ok(Program {
            name: module.clone(),
            source: Vec::new(),
            entry: Entry::Module(module.clone()),
            project: None,
        });
    }
    let Some(path) = &args.file else {
        return Err(JailError::Input(
            "nothing to run: give a FILE, a project DIR, `-c CODE`, `-m MODULE` or `-` for stdin"
                .into(),
        ));
    };
    if path == Path::new("-") {
        let source = read_bounded(std::io::stdin(), limit)
            .map_err(|e| JailError::Input(format!("the program on stdin: {e}")))?;
        return Ok(text("main.py", source));
    }
    if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        let main = path.join("__main__.py");
        if !std::fs::symlink_metadata(&main).is_ok_and(|m| m.is_file()) {
            return Err(JailError::Input(format!(
                "{}: a directory runs as a project, and it has no __main__.py file (give the \
                 file to run, or -m MODULE with --work {})",
                path.display(),
                path.display()
            )));
        }
        let source = std::fs::File::open(&main)
            .and_then(|file| read_bounded(file, limit))
            .map_err(|e| JailError::Input(format!("{}: {e}", main.display())))?;
        return Ok(Program {
            name: "__main__.py".into(),
            source,
            entry: Entry::Copied,
            project: Some(path.clone()),
        });
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
    Ok(text(&name, source))
}

/// `-m a.b` among --work's files: `a/b.py` or `a/b/__main__.py`, for the report.
fn module_source(module: &str, tree: &jail::files::WorkTree) -> Option<(String, Vec<u8>)> {
    let base = module.replace('.', "/");
    [format!("{base}.py"), format!("{base}/__main__.py")]
        .into_iter()
        .find(|candidate| tree.entries.iter().any(|e| e.path == Path::new(candidate)))
        .and_then(|candidate| {
            let text = std::fs::read(tree.root.join(&candidate)).ok()?;
            Some((candidate, text))
        })
}

/// Where the program's stdin comes from: `--stdin FILE|-`, else pyjail's
/// own when it is not a terminal (a pipe, a file, /dev/null), else nothing.
pub(crate) fn stdin(args: &RunArgs) -> Result<Stdin, JailError> {
    let program_on_stdin = args.file.as_deref() == Some(Path::new("-"));
    match &args.stdin {
        Some(path) if path == Path::new("-") => {
            if program_on_stdin {
                return Err(JailError::Input(
                    "--stdin -: standard input already carries the program (`-`); give the \
                     input as --stdin FILE"
                        .into(),
                ));
            }
            Ok(Stdin::Inherit)
        }
        Some(path) => {
            let meta = std::fs::metadata(path)
                .map_err(|e| JailError::Input(format!("--stdin {}: {e}", path.display())))?;
            if meta.is_dir() {
                return Err(JailError::Input(format!(
                    "--stdin {}: is a directory",
                    path.display()
                )));
            }
            Ok(Stdin::File(path.clone()))
        }
        None if program_on_stdin => Ok(Stdin::Empty),
        None => Ok(Stdin::unless_terminal()),
    }
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
pub(crate) fn read_bounded(reader: impl Read, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut source = Vec::new();
    reader.take(limit + 1).read_to_end(&mut source)?;
    if source.len() as u64 > limit {
        return Err(std::io::Error::other(format!(
            "larger than the file-size limit ({limit} bytes)"
        )));
    }
    Ok(source)
}

/// How the report names the program: as given on the command line
/// (`<string>` for `-c`, `<stdin>` for `-`, a project's `DIR/__main__.py`),
/// else `program_name` (a module). `pyjail run --server` sends it along.
pub(crate) fn shown_name(args: &RunArgs, program_name: &str, copied: bool) -> String {
    match (&args.file, &args.code) {
        (_, Some(_)) => "<string>".to_string(),
        (Some(file), None) if file == Path::new("-") => "<stdin>".to_string(),
        (Some(file), None) if copied => file.join(program_name).display().to_string(),
        (Some(file), None) => file.display().to_string(),
        (None, None) => program_name.to_string(),
    }
}

/// `--report` of a run refused before its request was made (a missing
/// program or interpreter, bad input): verdict `error` and why, about the
/// code as far as it could be read, as `--result` records the refusal.
fn write_refused_report(args: &RunArgs, err: &JailError) {
    let Some(path) = args.report.as_deref() else {
        return;
    };
    let (name, source) = match (&args.code, &args.file, &args.module) {
        (Some(code), _, _) => ("<string>".to_string(), code.as_bytes().to_vec()),
        (None, Some(file), _) if file.is_file() => (
            file.display().to_string(),
            std::fs::read(file).unwrap_or_default(),
        ),
        (None, Some(file), _) => (file.display().to_string(), Vec::new()),
        (None, None, module) => (module.clone().unwrap_or_default(), Vec::new()),
    };
    let report = report::build(report::Inputs {
        static_analysis: report::lint(&name, &source),
        subject: report::Subject::new(name, &source),
        outcome: Err(err.to_string()),
        telemetry_enabled: !args.no_telemetry,
    });
    let human = args.report_format == Some(ReportFormat::Human);
    let written = report::Destination::open(path)
        .map_err(|e| e.to_string())
        .and_then(|to| to.write(human, &report));
    if let Err(why) = written {
        stderr_line!("pyjail: {why}");
    }
}

/// The threat report: the analyzer's findings for the same code, then what
/// the run showed.
fn build_report(
    args: &RunArgs,
    request: &Request,
    result: Result<&Outcome, &JailError>,
) -> report::Report {
    let shown_name = shown_name(args, &request.program_name, request.entry == Entry::Copied);
    report::build(report::Inputs {
        subject: report::Subject::new(shown_name, &request.source),
        static_analysis: lint(request),
        outcome: result.map_err(|err| err.to_string()),
        telemetry_enabled: !args.no_telemetry,
    })
}

/// The program linted, and with it the other Python files of a project or
/// `--work` directory, which it can import: read again from the directory as
/// the jail was given them.
fn lint(request: &Request) -> report::StaticSection {
    let files: Vec<_> = request
        .work
        .iter()
        .flat_map(|tree| &tree.entries)
        .filter_map(|entry| match entry.kind {
            jail::files::EntryKind::File { size, .. } => Some((entry.path.clone(), size)),
            jail::files::EntryKind::Dir => None,
        })
        .collect();
    match &request.work {
        Some(tree) if !files.is_empty() => report::modules::lint(
            &request.program_name,
            &request.source,
            report::modules::candidates(files, &request.program_name),
            |path, limit| jail::files::read_beneath(&tree.root, path, limit),
        ),
        _ => report::lint(&request.program_name, &request.source),
    }
}

/// One line on stderr when a limit was hit, a call denied, the jail
/// degraded or the run interrupted; None for an uneventful run.
pub(crate) fn summary(outcome: &Outcome, request: &Request) -> Option<String> {
    let limits = &request.profile.limits;
    let mut parts = Vec::new();
    if let Some(signal) = outcome.interrupted_by {
        parts.push(format!("interrupted by signal {signal}: jail killed"));
    }
    for (name, stream) in [("stdout", &outcome.stdout), ("stderr", &outcome.stderr)] {
        if stream.truncated {
            parts.push(format!(
                "{name} truncated: {} of {} bytes passed on (--output-limit)",
                stream.shown, stream.bytes
            ));
        }
    }
    for limit in &outcome.limits_hit {
        let value = match limit {
            jail::outcome::Limit::Timeout => format!(" ({:?})", limits.wall),
            jail::outcome::Limit::Cpu => format!(" ({:?})", limits.cpu),
            jail::outcome::Limit::Memory => format!(" ({} bytes)", limits.memory),
            jail::outcome::Limit::Pids => format!(" ({})", limits.pids),
            _ => String::new(),
        };
        parts.push(format!("limit hit: {}{value}", limit.describe()));
    }
    let denied = &outcome.denied_calls;
    let withdrawn = report::Withdrawn::of(denied);
    if denied.total + withdrawn.unaccounted() > 0 {
        let names = denied.calls.iter().map(|d| (d.name.as_str(), d.count));
        parts.push(report::describe_denials(names, withdrawn));
    }
    if let Some(failure) = &denied.failure {
        parts.push(format!(
            "the record of denied calls stopped early: {failure}"
        ));
    }
    for degradation in &outcome.degradations {
        parts.push(match degradation.layer.stand_in() {
            Some(stand_in) => format!("degraded: {} ({stand_in})", degradation.layer),
            None => format!("degraded: {}: {}", degradation.layer, degradation.detail),
        });
    }
    if outcome.stdin.truncated {
        parts.push(format!(
            "stdin cut at {} bytes (--stdin-limit)",
            outcome.stdin.bytes
        ));
    }
    if let (Some(collected), Some(spec)) = (&outcome.collected, &request.out) {
        parts.push(collected_summary(collected, spec));
    }
    if let Some(hint) = missing_module_hint(outcome, request) {
        parts.push(hint);
    }
    if exit_code(outcome) == exit::OUTPUT_TRUNCATED {
        parts.push(format!(
            "pyjail exits {}: the output was cut",
            exit::OUTPUT_TRUNCATED
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

/// `--out`: how many files came back, and the first few left behind.
fn collected_summary(
    collected: &jail::files::Collected,
    spec: &jail::files::CollectSpec,
) -> String {
    if let Some(error) = &collected.error {
        return format!("no files collected: {error}");
    }
    let mut text = format!(
        "collected {} file(s), {} bytes, into {}",
        collected.files.len(),
        collected.bytes,
        spec.dir.display()
    );
    if !collected.skipped.is_empty() {
        let first: Vec<String> = collected
            .skipped
            .iter()
            .take(3)
            .map(|s| format!("{} ({})", s.path, s.why))
            .collect();
        let more = collected.skipped.len().saturating_sub(3);
        text.push_str(&format!(
            "; left {} in the jail: {}{}",
            collected.skipped.len(),
            first.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        ));
    }
    text
}

/// A failed import of a module that is not there: say where modules come
/// from in the jail. (The program could print the same text; a hint is all
/// it is.)
fn missing_module_hint(outcome: &Outcome, request: &Request) -> Option<String> {
    if outcome.exit_code == Some(0) {
        return None;
    }
    let tail = String::from_utf8_lossy(&outcome.stderr_tail);
    let line = tail
        .lines()
        .rev()
        .find(|l| l.starts_with("ModuleNotFoundError: No module named '"))?;
    let module = line
        .trim_start_matches("ModuleNotFoundError: No module named '")
        .split(['\'', '.'])
        .next()
        .filter(|m| !m.is_empty())?;
    let module = module.escape_debug();
    Some(if request.profile.site_packages {
        format!(
            "hint: `{module}` is not installed for {}: give a venv's interpreter with \
             --python VENV/bin/python",
            outcome.interpreter
        )
    } else {
        format!(
            "hint: `{module}` is neither in the standard library nor in /work, and the strict \
             profile hides site-packages: --profile site-packages (with --python \
             VENV/bin/python for a venv's packages)"
        )
    })
}
