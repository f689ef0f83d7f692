//! `pyjail warm-helper` (hidden): one warm jail for `pyjail serve`. Started
//! by the server as a fresh process, so it is single-threaded when it clones
//! the jail (the server has many threads and must not). It says
//! `{"ready":true}` on stdout once the jail waits for its job, reads one job
//! as a JSON line on stdin, runs it, answers with one JSON line and exits,
//! taking the jail with it. End of stdin, a stop signal or the server's death
//! (SIGTERM as parent-death signal) tears the jail down without a job.

use std::io::Write;
use std::os::fd::{AsFd, AsRawFd};
use std::process::ExitCode;

use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use serde_json::json;

use jail::warm::{Warm, WarmSpec};
use jail::{JailError, Profile};

use crate::cli::WarmArgs;
use crate::serve::job::{answer, ApiJob};
use crate::serve::pool::REFILL_NICE;

pub fn main(args: WarmArgs) -> ExitCode {
    // SAFETY: plain integer prctl. The server's spawner thread forked us; if
    // it is already gone, stdin is closed and we end at the first read.
    unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM, 0, 0, 0) };
    if nix::unistd::getppid().as_raw() as u32 != args.parent {
        return ExitCode::from(crate::cli::exit::JAIL_SETUP);
    }
    if args.job_nice.is_some() {
        // Jobs running meanwhile come first; raised back for ours.
        let _ = jail::warm::set_nice(0, REFILL_NICE);
    }
    let spec = match spec(&args) {
        Ok(spec) => spec,
        Err(err) => return refuse(&err),
    };
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let warm = match Warm::start(&spec, &mut stdout, &mut stderr) {
        Ok(warm) => warm,
        Err(err) => return refuse(&err),
    };
    say(&json!({"ready": true}));
    let Some(line) = wait_for_job(&warm, args.max_job) else {
        return ExitCode::SUCCESS; // the server let us go; the jail goes with us
    };
    let api: ApiJob = match serde_json::from_slice(&line) {
        Ok(api) => api,
        Err(err) => return refuse(&JailError::Input(format!("the job: {err}"))),
    };
    let job = match api.to_job(&spec.profile) {
        Ok(job) => job,
        Err(err) => return refuse(&err),
    };
    if let Some(nice) = args.job_nice {
        if let Err(err) = warm.set_priority(nice) {
            let why = format!("cannot give the job its priority back: {err}");
            return refuse(&JailError::setup(jail::Layer::Supervisor, why));
        }
    }
    let (run, teardown) = match warm.run(&job) {
        Ok((outcome, teardown)) => (Ok(outcome), Some(teardown)),
        Err(err) => (Err(err), None),
    };
    say(&answer(
        &api,
        &job,
        &spec.profile,
        run.as_ref(),
        &stdout,
        &stderr,
    ));
    // The cgroup is removed after the answer, off the caller's path and
    // behind other jobs.
    let _ = jail::warm::set_nice(0, REFILL_NICE);
    drop(teardown);
    ExitCode::SUCCESS
}

fn spec(args: &WarmArgs) -> Result<WarmSpec, JailError> {
    let profile = Profile::load(&args.profile)?;
    let python = jail::python::resolve(args.python.as_deref())?;
    let prelude = jail::prelude::compile(&python.host_executable, &jail::prelude::source())
        .map_err(|e| JailError::setup(jail::Layer::Telemetry, e))?;
    Ok(WarmSpec {
        profile,
        python: args.python.clone(),
        prelude,
        allow_degraded: args
            .allow_degraded
            .iter()
            .map(|name| jail::degradable(name))
            .collect::<Result<_, _>>()?,
    })
}

fn refuse(err: &JailError) -> ExitCode {
    say(&json!({"error": err.to_string(), "hint": err.hint()}));
    ExitCode::from(crate::cli::exit::JAIL_SETUP)
}

fn say(value: &serde_json::Value) {
    let mut line = value.to_string();
    line.push('\n');
    // A server that is gone cannot be told.
    let _ = std::io::stdout().lock().write_all(line.as_bytes());
}

/// One line from stdin (at most `max` bytes), or None at end of file, on a
/// stop signal, or when the jail ended while idle (said on stdout first).
fn wait_for_job(warm: &Warm, max: usize) -> Option<Vec<u8>> {
    let stdin = std::io::stdin();
    let mut line = Vec::new();
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let mut fds = [
            PollFd::new(stdin.as_fd(), PollFlags::POLLIN),
            PollFd::new(warm.signals().as_fd(), PollFlags::POLLIN),
            PollFd::new(warm.pidfd().as_fd(), PollFlags::POLLIN),
        ];
        match poll(&mut fds, PollTimeout::NONE) {
            Err(nix::errno::Errno::EINTR) => continue,
            Err(_) => return None,
            Ok(_) => {}
        }
        let ready = |i: usize| fds[i].revents().is_some_and(|r| !r.is_empty());
        if ready(1) {
            return None;
        }
        if ready(2) {
            say(
                &json!({"error": "the warm jail ended while it waited for its job", "retry": true}),
            );
            return None;
        }
        if ready(0) {
            let n = match nix::unistd::read(stdin.as_raw_fd(), &mut buffer) {
                Ok(0) | Err(_) => return None,
                Ok(n) => n,
            };
            line.extend_from_slice(&buffer[..n]);
            if let Some(end) = line.iter().position(|&b| b == b'\n') {
                line.truncate(end);
                return Some(line);
            }
            if line.len() > max {
                say(&json!({"error": "the job is larger than the server accepts"}));
                return None;
            }
        }
    }
}
