//! `pyjail warm-helper` (hidden): the warm jails of `pyjail serve`. The
//! server starts it once, from its spawner thread. It loads what every jail
//! needs (profile, interpreter, compiled prelude) and then, for each byte the
//! server writes on its stdin (a unix socket), forks one helper, which owns one
//! jail, and passes the server the helper's pid, pidfd and the ends of its job
//! and answer pipes. This process is single-threaded, so it may fork and its
//! helpers may clone (the server, with many threads, must do neither), and a
//! jail costs no process start of its own (exec, libc's CPU probing, loading
//! the profile and the prelude). Its parent-death signal is SIGTERM, and its
//! helpers' is too: the server's death, SIGKILL included, ends them all.
//!
//! A helper says `{"ready":true,"forked":BOOL}` (whether its jail was forked
//! from the template) on its stdout once the jail waits for its job, reads
//! one job as a JSON line on its stdin (for a job with `stdin_open`, the
//! rest of that stdin is the program's), runs it, answers with one JSON line
//! (a streamed job's output going ahead of it, `serve/stream.rs`) and exits,
//! taking the jail with it. End of its stdin, a stop
//! signal or its parent's death tears the jail down without a job.

use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, IntoRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixStream;
use std::process::ExitCode;

use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use serde_json::json;

use jail::warm::{StartRecord, Template, Warm, WarmSpec};
use jail::{JailError, Profile};

use crate::cli::WarmArgs;
use crate::serve::job::{answer, ApiJob};
use crate::serve::pool::REFILL_NICE;
use crate::serve::stream::{LiveOutput, Output, Switch};

/// How often the forker sweeps stale cgroups while it makes jails.
const SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

pub fn main(args: WarmArgs) -> ExitCode {
    // SAFETY: plain integer prctl. The server's spawner thread started us; if
    // it is already gone, the socket is closed and we end at the first read.
    unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM, 0, 0, 0) };
    if nix::unistd::getppid().as_raw() as u32 != args.parent {
        return ExitCode::from(crate::cli::exit::JAIL_SETUP);
    }
    if args.job_nice.is_some() {
        // Jobs running meanwhile come first; each helper raises its own
        // back for its job.
        let _ = jail::warm::set_nice(0, REFILL_NICE);
    }
    // An error here is each helper's answer: the server sees why no jail
    // can be set up.
    let spec = spec(&args);
    jail::warm::prepare_forker();
    // Each helper builds its job's report (for the verdict) with what is
    // made here once, shared by every helper forked from this process.
    crate::report::prepare();
    let (mut template_stdout, mut template_stderr) = (Vec::new(), Vec::new());
    let template = spec
        .as_ref()
        .ok()
        .filter(|_| !args.no_template)
        .and_then(|spec| {
            Template::start(spec, &mut template_stdout, &mut template_stderr)
                .map_err(|err| {
                    stderr_line!(
                        "pyjail: jails are started one by one, not forked from a template: {err}"
                    )
                })
                .ok()
        });
    let mut forking = template.is_some();
    if template.is_none() {
        // Its start blocked them: without a template to tear down, this
        // process just ends on them.
        let _ = jail::supervisor::STOP_SIGNALS
            .into_iter()
            .collect::<SigSet>()
            .thread_unblock();
    }
    let mut swept: Option<std::time::Instant> = None;
    // SAFETY: fd 0 is the socket the server gave us, ours alone.
    let mut server = unsafe { UnixStream::from_raw_fd(0) };
    // Helpers are reaped as they end (each unblocks it again).
    let chld: SigSet = [Signal::SIGCHLD].into_iter().collect();
    let ended = chld
        .thread_block()
        .and_then(|()| SignalFd::with_flags(&chld, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK));
    let Ok(ended) = ended else {
        return ExitCode::from(crate::cli::exit::JAIL_SETUP);
    };
    let me = std::process::id();
    loop {
        let mut fds = vec![
            PollFd::new(server.as_fd(), PollFlags::POLLIN),
            PollFd::new(ended.as_fd(), PollFlags::POLLIN),
        ];
        // While it forks: its end; always: the stop signals it keeps blocked.
        if let Some(template) = &template {
            let watched = template.ended().into_iter().filter(|_| forking);
            fds.extend(
                watched
                    .chain([template.signals()])
                    .map(|fd| PollFd::new(fd, PollFlags::POLLIN)),
            );
        }
        match poll(&mut fds, PollTimeout::NONE) {
            Err(nix::errno::Errno::EINTR) => continue,
            Err(_) => return ExitCode::from(crate::cli::exit::JAIL_SETUP),
            Ok(_) => {}
        }
        let ready = |f: &PollFd| f.revents().is_some_and(|r| !r.is_empty());
        let (request, reap) = (ready(&fds[0]), ready(&fds[1]));
        let template_woke = fds[2..].iter().any(ready);
        drop(fds);
        if template_woke {
            if template.as_ref().is_some_and(Template::stopped) {
                return ExitCode::SUCCESS; // the template is torn down on the way out
            }
            if forking {
                // Kept, not dropped: the jails it forked live in its pid namespace.
                stderr_line!(
                    "pyjail: the template ended: jails are started one by one from now on"
                );
                forking = false;
            }
        }
        if reap {
            while let Ok(Some(_)) = ended.read_signal() {}
            // SAFETY: reaping our own children without waiting.
            while unsafe { libc::waitpid(-1, std::ptr::null_mut(), libc::WNOHANG) } > 0 {}
        }
        if request {
            let mut byte = [0u8; 1];
            if !matches!(server.read(&mut byte), Ok(1)) {
                return ExitCode::SUCCESS; // the server let us go
            }
            // Leftovers of killed pyjails are swept here, between jails,
            // rather than by each helper at its jail's teardown.
            if swept.is_none_or(|at| at.elapsed() >= SWEEP_EVERY) {
                jail::warm::sweep_stale();
                swept = Some(std::time::Instant::now());
            }
            let from = template.as_ref().filter(|_| forking);
            let sent = match fork_helper(&spec, from, &args, me) {
                Ok(helper) => send_helper(&server, helper),
                Err(err) => send_failure(&server, &err),
            };
            if sent.is_err() {
                return ExitCode::SUCCESS;
            }
        }
    }
}

/// What the server gets of a new helper: its pid, a pidfd, the write end
/// of its job pipe and the read end of its answer pipe.
struct Forked {
    pid: libc::pid_t,
    pidfd: OwnedFd,
    job: OwnedFd,
    answer: OwnedFd,
}

fn fork_helper(
    spec: &Result<WarmSpec, JailError>,
    template: Option<&Template>,
    args: &WarmArgs,
    me: u32,
) -> std::io::Result<Forked> {
    let pipe = || nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(std::io::Error::from);
    let (job_read, job) = pipe()?;
    let (answer, answer_write) = pipe()?;
    // SAFETY: this process is single-threaded; the child runs one helper and
    // exits, never returning into this loop.
    match unsafe { nix::unistd::fork() }? {
        nix::unistd::ForkResult::Child => {
            let code = helper(
                spec,
                args,
                me,
                [
                    job_read.into_raw_fd(),
                    answer_write.into_raw_fd(),
                    template.map_or(-1, |t| t.requests().as_raw_fd()),
                ],
                template.map(Template::started),
            );
            std::process::exit(code.into())
        }
        nix::unistd::ForkResult::Parent { child } => {
            // SAFETY: a plain syscall; the child cannot have been reaped yet
            // (only this loop reaps), so the pid is still its.
            let pidfd = unsafe { libc::syscall(libc::SYS_pidfd_open, child.as_raw(), 0) };
            if pidfd < 0 {
                let err = std::io::Error::last_os_error();
                // SAFETY: killing our own child, not yet reaped.
                unsafe { libc::kill(child.as_raw(), libc::SIGKILL) };
                return Err(err);
            }
            Ok(Forked {
                pid: child.as_raw(),
                // SAFETY: a fresh fd we own.
                pidfd: unsafe { OwnedFd::from_raw_fd(pidfd as RawFd) },
                job,
                answer,
            })
        }
    }
}

fn send_helper(server: &UnixStream, helper: Forked) -> nix::Result<usize> {
    let fds = [
        helper.pidfd.as_raw_fd(),
        helper.job.as_raw_fd(),
        helper.answer.as_raw_fd(),
    ];
    let pid = helper.pid.to_le_bytes();
    nix::sys::socket::sendmsg::<()>(
        server.as_raw_fd(),
        &[std::io::IoSlice::new(&pid)],
        &[nix::sys::socket::ControlMessage::ScmRights(&fds)],
        nix::sys::socket::MsgFlags::empty(),
        None,
    )
}

/// No helper: a negative errno instead of a pid, and no descriptors.
fn send_failure(server: &UnixStream, err: &std::io::Error) -> nix::Result<usize> {
    let code = -err.raw_os_error().unwrap_or(libc::EIO);
    nix::sys::socket::send(
        server.as_raw_fd(),
        &code.to_le_bytes(),
        nix::sys::socket::MsgFlags::empty(),
    )
}

/// One helper, in the forked child: the job pipe's read end becomes stdin,
/// the answer pipe's write end stdout, the template's request socket (if
/// any, else -1) fd 3; nothing else of the parent's stays.
fn helper(
    spec: &Result<WarmSpec, JailError>,
    args: &WarmArgs,
    parent: u32,
    [job_pipe, answer_pipe, template]: [RawFd; 3],
    started: Option<&StartRecord>,
) -> u8 {
    let _ = SigSet::empty().thread_set_mask();
    // SAFETY: plain integer prctl, then fd operations on fds this process owns.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM, 0, 0, 0);
        libc::dup2(job_pipe, 0);
        libc::dup2(answer_pipe, 1);
        if template >= 0 {
            libc::dup3(template, 3, libc::O_CLOEXEC);
        }
    }
    jail::sandbox::close_range(if template >= 0 { 4 } else { 3 }, u32::MAX, 0);
    // SAFETY: fd 3 is the request socket we just placed there, ours alone.
    let template = (template >= 0).then(|| unsafe { BorrowedFd::borrow_raw(3) });
    if nix::unistd::getppid().as_raw() as u32 != parent {
        return crate::cli::exit::JAIL_SETUP;
    }
    let spec = match spec {
        Ok(spec) => spec,
        Err(err) => return refuse(err),
    };
    // Kept for the answer, or sent on as they come when the job asks so.
    let live = Switch::default();
    let mut stdout = LiveOutput::new(Output::Stdout, &live);
    let mut stderr = LiveOutput::new(Output::Stderr, &live);
    // Forked from the template when there is one; a jail of its own when
    // the template cannot fork it (gone, or a set-up step it cannot do),
    // which then fails closed by itself if the host is the reason.
    let forked = template
        .zip(started)
        .map(|(requests, started)| Warm::fork(spec, requests, started, &mut stdout, &mut stderr));
    let from_template = matches!(forked, Some(Ok(_)));
    let warm = match forked {
        Some(Ok(warm)) => warm,
        // Stopped while the jail was set up: nothing to start instead.
        Some(Err(_)) if stop_signal_pending() => return 0,
        failed => {
            if let Some(Err(err)) = failed {
                stderr_line!("pyjail: a jail not forked from the template: {err}");
            }
            match Warm::start(spec, &mut stdout, &mut stderr) {
                Ok(warm) => warm,
                Err(err) => return refuse(&err),
            }
        }
    };
    // Set up at low priority, the jail waits for its job at the job's: the
    // job's write wakes the helper at once, not behind the jails being set
    // up meanwhile (a waiting jail uses no CPU).
    if let Some(nice) = args.job_nice {
        if let Err(err) = warm.set_priority(nice) {
            let why = format!("cannot give the jail the jobs' priority: {err}");
            return refuse(&JailError::setup(jail::Layer::Supervisor, why));
        }
    }
    say(&json!({"ready": true, "forked": from_template}));
    let Some((line, after)) = wait_for_job(&warm, args.max_job) else {
        return 0; // the server let us go; the jail goes with us
    };
    let api: ApiJob = match serde_json::from_slice(&line) {
        Ok(api) => api,
        Err(err) => return refuse(&JailError::Input(format!("the job: {err}"))),
    };
    let mut job = match api.to_job(&spec.profile) {
        Ok(job) => job,
        Err(err) => return refuse(&err),
    };
    // An open stdin goes on after the job line on ours, as the server
    // passes it on (`serve/in_flight.rs`).
    let more_stdin = if api.stdin_open {
        job.stdin.extend_from_slice(&after);
        match nix::unistd::dup(std::io::stdin().as_raw_fd()) {
            // SAFETY: a new descriptor of our own.
            Ok(fd) => Some(unsafe { OwnedFd::from_raw_fd(fd) }),
            Err(err) => return refuse(&JailError::setup(jail::Layer::Pipes, err)),
        }
    } else {
        None
    };
    if api.stream {
        let base64 = api.encoding.as_deref() == Some("base64");
        live.turn_on(Box::new(std::io::stdout()), base64);
    }
    let (run, teardown) = match warm.run_with_more_stdin(&job, more_stdin) {
        Ok((outcome, teardown)) => (Ok(outcome), Some(teardown)),
        Err(err) => (Err(err), None),
    };
    // A server that is gone cannot be told.
    let _ = stdout.finish().and_then(|()| stderr.finish());
    say(&answer(
        &api,
        &job,
        &spec.profile,
        run.as_ref(),
        &stdout.kept,
        &stderr.kept,
    ));
    // The cgroup is removed after the answer, off the caller's path and
    // behind other jobs.
    let _ = jail::warm::set_nice(0, REFILL_NICE);
    drop(teardown);
    0
}

/// A stop signal waits to be read (they are blocked while a jail is set up).
fn stop_signal_pending() -> bool {
    let mut pending = std::mem::MaybeUninit::<libc::sigset_t>::uninit();
    // SAFETY: sigpending fills the set it is given; it is read only then.
    if unsafe { libc::sigpending(pending.as_mut_ptr()) } != 0 {
        return false;
    }
    // SAFETY: filled by sigpending above.
    let pending = unsafe { pending.assume_init() };
    jail::supervisor::STOP_SIGNALS
        .iter()
        // SAFETY: a member test on an initialised set.
        .any(|&signal| unsafe { libc::sigismember(&pending, signal as libc::c_int) } == 1)
}

fn spec(args: &WarmArgs) -> Result<WarmSpec, JailError> {
    let profile = Profile::load(&args.profile)?;
    let python = jail::python::resolve(args.python.as_deref())?;
    // Bytes, not the cache's open file: helpers keep none of the forker's fds.
    let prelude = jail::prelude::compile(&python.host_executable, jail::prelude::source())
        .map_err(|e| JailError::setup(jail::Layer::Telemetry, e))?
        .to_bytes()
        .map_err(|e| JailError::setup(jail::Layer::Telemetry, e))?;
    Ok(WarmSpec {
        profile,
        interpreter: python,
        prelude,
        allow_degraded: args
            .allow_degraded
            .iter()
            .map(|name| jail::degradable(name))
            .collect::<Result<_, _>>()?,
    })
}

fn refuse(err: &JailError) -> u8 {
    say(&json!({"error": err.to_string(), "hint": err.hint()}));
    crate::cli::exit::JAIL_SETUP
}

fn say(value: &serde_json::Value) {
    let mut line = value.to_string();
    line.push('\n');
    // A server that is gone cannot be told.
    let _ = std::io::stdout().lock().write_all(line.as_bytes());
}

/// One line from stdin (at most `max` bytes) and what came after it (the
/// start of a job's open stdin), or None at end of file, on a stop signal,
/// or when the jail ended while idle (said on stdout first).
fn wait_for_job(warm: &Warm, max: usize) -> Option<(Vec<u8>, Vec<u8>)> {
    let stdin = std::io::stdin();
    let mut line = Vec::new();
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let mut fds = vec![
            PollFd::new(stdin.as_fd(), PollFlags::POLLIN),
            PollFd::new(warm.pidfd().as_fd(), PollFlags::POLLIN),
        ];
        // Once its job has begun to arrive, a stop signal is the job's: left
        // pending, it stops the job's jail as it stops a cold run (the
        // server sends one right behind the job it was asked for).
        if line.is_empty() {
            fds.push(PollFd::new(warm.signals().as_fd(), PollFlags::POLLIN));
        }
        match poll(&mut fds, PollTimeout::NONE) {
            Err(nix::errno::Errno::EINTR) => continue,
            Err(_) => return None,
            Ok(_) => {}
        }
        let ready = |i: usize| {
            fds.get(i)
                .is_some_and(|fd| fd.revents().is_some_and(|r| !r.is_empty()))
        };
        if ready(1) {
            say(
                &json!({"error": "the warm jail ended while it waited for its job", "retry": true}),
            );
            return None;
        }
        if ready(2) && !ready(0) {
            return None;
        }
        if ready(0) {
            let n = match nix::unistd::read(stdin.as_raw_fd(), &mut buffer) {
                Ok(0) | Err(_) => return None,
                Ok(n) => n,
            };
            line.extend_from_slice(&buffer[..n]);
            if let Some(end) = line.iter().position(|&b| b == b'\n') {
                let after = line.split_off(end + 1);
                line.pop();
                return Some((line, after));
            }
            if line.len() > max {
                say(&json!({"error": "the job is larger than the server accepts"}));
                return None;
            }
        }
    }
}
