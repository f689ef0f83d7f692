//! `pyjail run --server SOCKET|tcp://IP:PORT`: the run's flags become a job
//! for the server's pool; its answer is printed as a cold run prints its own.
//! A stop signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) to the client stops the
//! job as it stops a cold run: it is sent on by the job's id
//! (`serve/in_flight.rs`), and the job's answer, now that of a run stopped by
//! it, is printed as usual; a second one ends the client without waiting.
//! When the client's own stdout breaks (`| head -1`), the job is told so by
//! its id too, and its program's stdout breaks as a cold run's does.

use std::io::{Read, Write};
use std::os::fd::AsFd;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use nix::sys::signal::{SigSet, Signal};
use serde_json::{json, Value};

use jail::{Entry, JailError};

use super::job::{ApiCollect, ApiFile, ApiJob, ApiLimits};
use super::stream::{Output, Piece};
use super::transport::{Address, Token, TOKEN_ENV};
use crate::cli::{exit, ReportFormat, RunArgs};

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

pub fn main(args: &RunArgs, server: &Path) -> ExitCode {
    let (address, token) = match connection(args, server) {
        Ok(connection) => connection,
        Err(err) => return refuse(&err, None),
    };
    let id = match super::in_flight::new_id() {
        Ok(id) => id,
        Err(err) => return refuse(&format!("cannot draw the job's id: {err}"), None),
    };
    let sent = Arc::new(AtomicBool::new(false));
    let job_signals = JobSignals {
        address: address.clone(),
        token: token.clone(),
        id: id.clone(),
    };
    let stop = StopForwarder {
        job: job_signals.clone(),
        sent: Arc::clone(&sent),
    };
    if let Err(err) = stop.start() {
        return refuse(&format!("cannot watch for stop signals: {err}"), None);
    }
    let (mut api, fed_stdin) = match job(args) {
        Ok(job) => job,
        Err(err) => return refuse(&err.to_string(), None),
    };
    // Opened before the job, as a cold run opens it before its run: a report
    // that cannot be written stops it here.
    let destination = match args
        .report
        .as_deref()
        .map(crate::report::Destination::open)
        .transpose()
    {
        Ok(destination) => destination,
        Err(err) => {
            let failed = crate::cmd::run::result::failed(&err.to_string());
            crate::cmd::run::write_result(args, &failed, false);
            return refuse(&err.to_string(), None);
        }
    };
    api.id = Some(id.clone());
    let body = serde_json::to_vec(&api).unwrap_or_default();
    sent.store(true, SeqCst);
    if let Some(fed_stdin) = fed_stdin {
        fed_stdin.start(address.clone(), token.clone(), id);
    }
    let max = super::pool::MAX_ANSWER as u64;
    // The program's output is printed as it comes, as a cold run prints it.
    let mut reader_gone = false;
    let mut print = |line: &[u8]| match Piece::decode(line) {
        Some(piece) => {
            let bytes = piece.bytes().unwrap_or_default();
            match piece.stream {
                Output::Stdout if !reader_gone => {
                    let written = std::io::stdout().lock().write_all(&bytes);
                    if written.is_err_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) {
                        reader_gone = true;
                        job_signals.send_from_a_thread(jail::supervisor::READER_GONE);
                    }
                }
                Output::Stdout => {}
                Output::Stderr => {
                    let _ = std::io::stderr().lock().write_all(&bytes);
                }
            }
            true
        }
        None => false,
    };
    let posted =
        super::http::post_lines(&address, token.as_ref(), "/v1/jobs", &body, max, &mut print);
    let (status, answer) = match posted {
        Ok(answer) => answer,
        Err(err) => return refuse(&format!("--server {address}: {err}"), None),
    };
    let answer: Value = match serde_json::from_slice(&answer) {
        Ok(answer) => answer,
        Err(err) => return refuse(&format!("--server: the answer is not JSON: {err}"), None),
    };
    if status != 200 {
        let why = answer["error"].as_str().unwrap_or("no reason given");
        return refuse(
            &format!("--server: the server refused the job ({status}): {why}"),
            None,
        );
    }
    let bytes = |field: &str| {
        answer[field]
            .as_str()
            .and_then(|text| B64.decode(text).ok())
            .unwrap_or_default()
    };
    let _ = std::io::stdout().lock().write_all(&bytes("stdout"));
    let _ = std::io::stderr().lock().write_all(&bytes("stderr"));
    if let Some(dir) = &args.out {
        if let Err(err) = write_files(dir, &answer) {
            stderr_line!("pyjail: --out {}: {err}", dir.display());
        }
    }
    let written = destination.map(|to| {
        let human = args.report_format == Some(ReportFormat::Human);
        let text = if human {
            answer["report_text"].as_str().map(str::to_string)
        } else {
            serde_json::to_string_pretty(&answer["report"])
                .ok()
                .map(|t| t + "\n")
        };
        match text {
            Some(text) => to.write_text(human, &text),
            None => Err("cannot write the report: the server sent none".to_string()),
        }
    });
    let unfinished = answer["unfinished"].as_bool() == Some(true);
    crate::cmd::run::write_result(args, &answer["result"], unfinished);
    if let Some(error) = answer["error"].as_str() {
        return refuse(error, answer["hint"].as_str());
    }
    if let (false, Some(line)) = (args.json, answer["summary"].as_str()) {
        let before = crate::terminal::before_line_on_stderr(unfinished);
        stderr_line!("{before}{}", crate::report::escape(line));
    }
    if let Some(Err(err)) = written {
        stderr_line!("pyjail: {err}");
        return ExitCode::from(exit::JAIL_SETUP);
    }
    ExitCode::from(
        answer["exit"]
            .as_u64()
            .unwrap_or(exit::JAIL_SETUP as u64)
            .min(255) as u8,
    )
}

/// Passes the client's stop signals on to its job.
struct StopForwarder {
    job: JobSignals,
    /// The job is on its way (before that, a signal just ends the client).
    sent: Arc<AtomicBool>,
}

impl StopForwarder {
    /// Blocks the stop signals in this thread (and so in every thread it
    /// starts after) and waits for them on a thread of their own.
    fn start(self) -> std::io::Result<()> {
        let stop: SigSet = jail::supervisor::STOP_SIGNALS.into_iter().collect();
        stop.thread_block()?;
        std::thread::Builder::new()
            .name("stop-signals".into())
            .spawn(move || self.forward(&stop))?;
        Ok(())
    }

    fn forward(self, stop: &SigSet) {
        let Ok(signal) = stop.wait() else { return };
        if !self.sent.load(SeqCst) {
            // Nothing was sent: nothing ran.
            std::process::exit(128 + signal as i32);
        }
        // Asked from a thread of its own, so that a second signal is taken
        // at once even while a server that does not answer holds the first.
        if !self.job.send_from_a_thread(signal) {
            std::process::exit(128 + signal as i32);
        }
        if let Ok(signal) = stop.wait() {
            // The answer is not awaited.
            std::process::exit(128 + signal as i32);
        }
    }
}

/// Sends the job signals by its id (`POST /v1/jobs/ID/signal`).
#[derive(Clone)]
struct JobSignals {
    address: Address,
    token: Option<Token>,
    id: String,
}

impl JobSignals {
    /// [`JobSignals::send`] on a thread of its own; false if none could be
    /// started.
    fn send_from_a_thread(&self, signal: Signal) -> bool {
        let job = self.clone();
        std::thread::Builder::new()
            .name("signal-job".into())
            .spawn(move || job.send(signal))
            .is_ok()
    }

    /// Sends the job `signal`; a job not yet listed (its request is still
    /// on its way) is asked again until the server has it, or the client
    /// has its answer and ends.
    fn send(&self, signal: Signal) {
        let path = format!("/v1/jobs/{}/signal", self.id);
        let body = json!({"signal": signal.as_str()}).to_string();
        loop {
            let said = super::http::post(
                &self.address,
                self.token.as_ref(),
                &path,
                body.as_bytes(),
                64 << 10,
            );
            match said {
                Ok((404, _)) => std::thread::sleep(Duration::from_millis(20)),
                Ok((202, _)) => return,
                Ok((status, answer)) => {
                    let why = String::from_utf8_lossy(&answer);
                    stderr_line!(
                        "pyjail: --server could not send the job {signal} ({status}): {why}"
                    );
                    return;
                }
                Err(err) => {
                    stderr_line!("pyjail: --server could not send the job {signal}: {err}");
                    return;
                }
            }
        }
    }
}

/// The files the job collected, into `dir` (made ready before the job).
fn write_files(dir: &Path, answer: &Value) -> Result<(), String> {
    let listed = &answer["result"]["files"]["collected"];
    if listed.is_null() {
        return Ok(()); // nothing collected: the result says why
    }
    let listed: Vec<jail::files::CollectedFile> =
        serde_json::from_value(listed.clone()).map_err(|e| format!("the answer's files: {e}"))?;
    let sent = answer["files"].as_array().map_or(&[][..], Vec::as_slice);
    if sent.len() != listed.len() {
        return Err("the answer lists other files than it sends".into());
    }
    let mut contents = Vec::with_capacity(sent.len());
    for (file, bytes) in listed.iter().zip(sent) {
        let decoded = bytes["base64"].as_str().and_then(|b| B64.decode(b).ok());
        match decoded {
            Some(decoded) if bytes["path"].as_str() == Some(file.path.as_str()) => {
                contents.push(decoded)
            }
            _ => return Err(format!("{}: not sent with the answer", file.path)),
        }
    }
    jail::files::write_collected(dir, listed.iter().zip(contents.iter().map(Vec::as_slice)))
}

/// The server's address and, for TCP, its token.
fn connection(args: &RunArgs, server: &Path) -> Result<(Address, Option<Token>), String> {
    let address = Address::parse(server).map_err(|e| format!("--server {e}"))?;
    match address {
        Address::Unix(_) if args.token_file.is_some() => Err(
            "--token-file is for a TCP server (--server tcp://IP:PORT): a unix socket is \
             protected by its file mode"
                .into(),
        ),
        Address::Unix(_) => Ok((address, None)),
        Address::Tcp(_) => match Token::load(args.token_file.as_deref())? {
            Some(token) => Ok((address, Some(token))),
            None => Err(format!(
                "--server {address}: a TCP server needs its token: --token-file FILE (mode \
                 0600) or {TOKEN_ENV}"
            )),
        },
    }
}

fn refuse(error: &str, hint: Option<&str>) -> ExitCode {
    let report = match hint {
        Some(hint) => miette::miette!(help = hint.to_string(), "{error}"),
        None => miette::miette!("{error}"),
    };
    stderr_line!("{report:?}");
    ExitCode::from(exit::JAIL_SETUP)
}

/// The job the flags describe. What the server's pool fixes (profile,
/// interpreter, binds, degraded layers, telemetry) cannot be chosen per job.
fn job(args: &RunArgs) -> Result<(ApiJob, Option<FedStdin>), JailError> {
    let fixed = [
        ("--profile", args.profile.is_some()),
        ("--python", args.python.is_some()),
        ("--ro-bind", !args.ro_bind.is_empty()),
        ("--allow-degraded", !args.allow_degraded.is_empty()),
        ("--no-telemetry", args.no_telemetry),
    ];
    if let Some((flag, _)) = fixed.iter().find(|(_, given)| *given) {
        return Err(JailError::Input(format!(
            "{flag} cannot be used with --server: the server's pool sets the profile, \
             interpreter, binds and telemetry"
        )));
    }
    let limit = 256 << 20;
    let mut api = ApiJob {
        argv: args.args.clone(),
        encoding: Some("base64".into()),
        stream: true,
        report: args.report.is_some() || args.json || args.result.is_some(),
        report_human: args.report_format == Some(ReportFormat::Human),
        limits: ApiLimits {
            timeout: args.timeout.clone(),
            cpu: args.cpu.clone(),
            memory: args.memory.clone(),
            pids: args.pids,
            file_size: args.file_size.clone(),
            output: args.output_limit.clone(),
            stdin: args.stdin_limit.clone(),
        },
        ..ApiJob::default()
    };
    api.env = crate::cmd::run::env(args)?.into_iter().collect();
    // What a cold run checks, with its messages: the limits' syntax, the
    // program (here bounded by --file-size when given; the server applies its
    // profile's), where /work's files come from.
    let flags = crate::cmd::run::limit_flags(args)?;
    let file_size = flags.file_size.unwrap_or(limit).min(limit);
    let program = crate::cmd::run::program(args, file_size)?;
    let project = program.project.is_some();
    api.report_name = api.report.then(|| {
        let program_name = args.module.as_deref().unwrap_or("__main__.py");
        crate::cmd::run::shown_name(args, program_name, project)
    });
    match &program.entry {
        Entry::Source => {
            api.name = Some(program.name.clone());
            api.code_base64 = Some(B64.encode(&program.source));
        }
        Entry::Module(module) => api.module = Some(module.clone()),
        Entry::Copied => api.file = Some(program.name.clone()),
    }
    if let Some(dir) = crate::cmd::run::work_dir(&program, args)? {
        let tree = jail::files::scan(
            dir,
            jail::files::WorkCaps {
                file_size,
                total: limit,
            },
        )?;
        crate::cmd::run::check_work_keeps_program(&tree, &program)?;
        for note in &tree.notes {
            stderr_line!("pyjail: {note}");
        }
        for entry in &tree.entries {
            let path = entry.path.to_string_lossy().into_owned();
            match entry.kind {
                jail::files::EntryKind::Dir => api.dirs.push(path),
                jail::files::EntryKind::File {
                    size,
                    executable,
                    mtime,
                } => {
                    let content = std::fs::File::open(tree.root.join(&entry.path))
                        .and_then(|f| crate::cmd::run::read_bounded(f, size))
                        .map_err(|e| {
                            JailError::Input(format!("--work {}: {e}", entry.path.display()))
                        })?;
                    api.files.push(ApiFile {
                        path,
                        base64: Some(B64.encode(content)),
                        executable,
                        mtime_ns: mtime
                            .0
                            .checked_mul(1_000_000_000)
                            .and_then(|s| s.checked_add(mtime.1)),
                        ..ApiFile::default()
                    });
                }
            }
        }
    }
    if let Some(dir) = &args.out {
        jail::files::check_globs(&args.collect)?;
        jail::files::prepare_out(dir)?;
        api.collect = Some(ApiCollect {
            globs: args.collect.clone(),
            dir: Some(dir.display().to_string()),
        });
    }
    // The program's stdin as a cold run streams it: a regular file goes
    // with the job, read up to one byte past the stdin limit (where the
    // server cuts it and records the cut, as a cold run's feed does); a pipe,
    // FIFO, device or terminal (`--stdin -`) is fed as it delivers, after the
    // job, by its id ([`FedStdin`]).
    let stdin_limit = flags.stdin.unwrap_or(limit).min(limit) + 1;
    let source: Option<std::fs::File> = match crate::cmd::run::stdin(args)? {
        jail::Stdin::Empty => None,
        jail::Stdin::Inherit => Some(
            std::io::stdin()
                .as_fd()
                .try_clone_to_owned()
                .map(std::fs::File::from),
        ),
        jail::Stdin::File(path) => Some(std::fs::File::open(path)),
    }
    .transpose()
    .map_err(|e| JailError::Input(format!("the program's stdin: {e}")))?;
    let mut fed = None;
    if let Some(source) = source.filter(|s| !is_dev_null(s)) {
        let regular = source.metadata().is_ok_and(|m| m.is_file());
        if regular {
            let stdin = read_at_most(source, stdin_limit)
                .map_err(|e| JailError::Input(format!("the program's stdin: {e}")))?;
            api.stdin_base64 = Some(B64.encode(stdin));
        } else {
            api.stdin_open = true;
            fed = Some(FedStdin {
                source,
                limit: stdin_limit,
            });
        }
    }
    Ok((api, fed))
}

/// /dev/null (as scripts give `< /dev/null`): nothing to send or feed.
fn is_dev_null(file: &std::fs::File) -> bool {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    file.metadata()
        .is_ok_and(|m| m.file_type().is_char_device() && m.rdev() == libc::makedev(1, 3))
}

/// A stdin fed to the job as it delivers, at most `limit` bytes.
struct FedStdin {
    source: std::fs::File,
    limit: u64,
}

impl FedStdin {
    /// Feeds the job `id` on a thread of its own, each read as one `POST
    /// /v1/jobs/ID/stdin`, then the end (an empty one). Before the server
    /// has taken a first feed, "not there yet" (404, 409) is asked again;
    /// after, anything but 202 means the job no longer wants it.
    fn start(self, address: Address, token: Option<Token>, id: String) {
        let feed = move || {
            let FedStdin { mut source, limit } = self;
            let path = format!("/v1/jobs/{id}/stdin");
            let mut buffer = vec![0u8; 64 * 1024];
            let (mut read, mut taken) = (0u64, false);
            loop {
                let n = if read < limit {
                    match source.read(&mut buffer) {
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Ok(n) => n,
                        Err(_) => 0,
                    }
                } else {
                    0
                };
                read += n as u64;
                loop {
                    let said =
                        super::http::post(&address, token.as_ref(), &path, &buffer[..n], 64 << 10);
                    match said.map(|(status, _)| status) {
                        Ok(202) => break,
                        Ok(404 | 409) if !taken => std::thread::sleep(Duration::from_millis(20)),
                        _ => return,
                    }
                }
                taken = true;
                if n == 0 {
                    return;
                }
            }
        };
        let _ = std::thread::Builder::new()
            .name("stdin-feed".into())
            .spawn(feed);
    }
}

fn read_at_most(reader: impl Read, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut data = Vec::new();
    reader.take(limit).read_to_end(&mut data)?;
    Ok(data)
}
