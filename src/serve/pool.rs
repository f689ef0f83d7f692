//! The pool: warm jails, each owned by a helper process, kept at the
//! configured size by a spawner thread, each handed to exactly one job.
//!
//! Helpers are forked by one single-threaded process (`pyjail warm-helper`,
//! `cmd/warm.rs`, the "forker"), which the spawner thread starts and asks for
//! each helper over a socket; it answers with the helper's pid, a pidfd and
//! its pipes. The spawner thread lives as long as the server: the forker's
//! parent-death signal fires when the thread that started it ends, and each
//! helper's when the forker ends, so helpers (and their jails) go with the
//! server, SIGKILL included, and never sooner.

use std::collections::VecDeque;
use std::fs::File;
use std::io::Write;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::{mpsc, Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use serde_json::Value;

use super::in_flight::Controls;
use super::metrics::Metrics;
use super::stream::Piece;

/// A helper's first line must come within this.
const READY_WITHIN: Duration = Duration::from_secs(60);
/// A helper that was let go must end within this (its jail is gone by then:
/// the helper ends it at once, or at the job's deadline).
const FINISH_WITHIN: Duration = Duration::from_secs(10);
/// The watcher's longest wait: answered helpers handed to it meanwhile are
/// taken up then.
const ROUND: Duration = Duration::from_secs(1);
/// Largest line a helper may send (its answer: capped output, report).
pub const MAX_ANSWER: usize = 256 << 20;
/// At most this many jails per CPU are set up at once. A set-up waits as
/// much as it computes (process start, hand-over, the interpreter's first
/// output), so one per CPU would leave CPUs idle while jobs wait for jails;
/// at nice 19 ([`REFILL_NICE`]) more do not slow running jobs.
const STARTING_PER_CPU: usize = 2;
/// The nice value helpers set up their jails at, when they can be brought
/// back for their job ([`job_nice`]): refilling the pool yields the CPU to
/// the jobs running meanwhile.
pub const REFILL_NICE: i32 = 19;

/// The nice value jobs run at (the server's own) when a helper started at
/// [`REFILL_NICE`] may raise itself and its jail back to it for the job:
/// with CAP_SYS_NICE, or an RLIMIT_NICE that allows it. Probed on a thread
/// of its own (nice values are per thread). None: helpers run at the
/// server's priority throughout.
pub fn job_nice() -> Option<i32> {
    std::thread::spawn(|| {
        // SAFETY: getpriority and setpriority on the calling thread only;
        // errno is this thread's.
        unsafe {
            *libc::__errno_location() = 0;
            let own = libc::getpriority(libc::PRIO_PROCESS, 0);
            if own == -1 && *libc::__errno_location() != 0 || own >= REFILL_NICE {
                return None;
            }
            let lowered = libc::setpriority(libc::PRIO_PROCESS, 0, REFILL_NICE) == 0;
            (lowered && libc::setpriority(libc::PRIO_PROCESS, 0, own) == 0).then_some(own)
        }
    })
    .join()
    .ok()
    .flatten()
}

/// How the forker is started.
#[derive(Debug, Clone)]
pub struct HelperCommand {
    pub exe: PathBuf,
    pub profile: String,
    pub python: Option<PathBuf>,
    pub allow_degraded: Vec<String>,
    pub max_job: usize,
    /// Start helpers at [`REFILL_NICE`], their jobs at this ([`job_nice`]).
    pub job_nice: Option<i32>,
    /// `--no-template`.
    pub no_template: bool,
}

/// A helper whose jail waits for its job.
pub struct Helper {
    pid: u32,
    pidfd: OwnedFd,
    /// Its stdin: the job goes here (then, for a job with an open stdin,
    /// it is handed to the job's controls for the rest of that stdin).
    stdin: Option<File>,
    /// Its stdout: `ready`, then the answer.
    stdout: File,
}

impl Helper {
    /// Sends the job, then lets the pool start the jail that replaces this
    /// one (after the job: the job is on its way before the refill takes
    /// any CPU), and waits (until `deadline`) for the answer, one JSON line
    /// (`serve/job.rs` `answer`, or an error). The helper ends with it.
    /// What the job is awaited with ([`Awaiting`]): a client that has gone
    /// away gets no job.
    pub fn run(
        mut self,
        job: &[u8],
        pool: &Pool,
        deadline: Instant,
        awaiting: Awaiting<'_>,
    ) -> Result<Vec<u8>, String> {
        if gone(awaiting.client) {
            pool.watch(Watch::Finishing(self));
            return Err(CLIENT_GONE.into());
        }
        // One write: the helper wakes once, to the whole line.
        let mut line = Vec::with_capacity(job.len() + 1);
        line.extend_from_slice(job);
        line.push(b'\n');
        let sent = match self.stdin.as_mut() {
            Some(stdin) => stdin.write_all(&line),
            None => Err(std::io::ErrorKind::BrokenPipe.into()),
        };
        pool.changed.notify_all();
        let Awaiting {
            client,
            controls,
            mut pieces,
            mut probe,
        } = awaiting;
        if let Some(controls) = controls.filter(|c| c.stdin_open()) {
            // Its end is the end of the program's stdin.
            controls.stdin_goes_to(self.stdin.take());
        }
        let mut lines = Lines::new(
            &self.stdout,
            Some(JobWatch {
                client,
                controls,
                helper: &self.pidfd,
                probe: probe.as_mut().map(|probe| &mut **probe as &mut Probe),
            }),
        );
        let answer = loop {
            match lines.next(deadline) {
                Ok(line) => match pieces.as_mut() {
                    Some(pass_on) if Piece::decode(&line).is_some() => {
                        if !pass_on(&line) {
                            lines.client_gone();
                        }
                    }
                    _ => break Ok(line),
                },
                Err(err) => break Err(err),
            }
        };
        drop(lines);
        // The helper removes the jail's cgroup and exits after answering:
        // its end is awaited off the job's path.
        pool.watch(Watch::Finishing(self));
        match (sent, answer) {
            (_, Ok(line)) => Ok(line),
            // It may have said why it could not take the job; else this.
            (Err(err), Err(_)) => Err(format!(
                "the warm jail's helper did not take the job: {err}"
            )),
            (Ok(()), Err(err)) => Err(err),
        }
    }

    /// Lets the helper go (end of its stdin) and waits until it has ended
    /// (the forker reaps it); kills one that does not end within 10 s (its
    /// jail is gone by then: the helper ends it at once, or at the job's
    /// deadline).
    fn finish(self) {
        let helper = self.let_go();
        if !ended_within(&helper.pidfd, FINISH_WITHIN) {
            helper.kill();
            ended_within(&helper.pidfd, Duration::from_secs(1));
        }
    }

    /// Closes its stdin: a helper waiting for a job ends, taking its jail.
    fn let_go(self) -> Finishing {
        Finishing { pidfd: self.pidfd }
    }
}

/// A helper that was let go: awaited until it ends.
struct Finishing {
    pidfd: OwnedFd,
}

impl Finishing {
    fn kill(&self) {
        signal(&self.pidfd, libc::SIGKILL);
    }
}

/// Sends `signal` to the helper of `pidfd`.
fn signal(pidfd: &OwnedFd, signal: libc::c_int) {
    // SAFETY: a plain syscall on our pidfd of the helper.
    unsafe { libc::syscall(libc::SYS_pidfd_send_signal, pidfd.as_raw_fd(), signal, 0, 0) };
}

/// Whether the process of `pidfd` ends within `time`.
fn ended_within(pidfd: &OwnedFd, time: Duration) -> bool {
    let until = Instant::now() + time;
    loop {
        let left = until.saturating_duration_since(Instant::now());
        let mut fds = [PollFd::new(pidfd.as_fd(), PollFlags::POLLIN)];
        let ms = left.as_millis().min(60_000) as u16;
        match poll(&mut fds, PollTimeout::from(ms)) {
            Ok(n) if n > 0 => return true,
            Err(nix::errno::Errno::EINTR) => continue,
            _ if left.is_zero() => return false,
            Err(_) => return false,
            Ok(_) => continue,
        }
    }
}

/// The single-threaded process that forks helpers ([`Pool::spawn`]).
struct Forker {
    process: Child,
    socket: UnixStream,
}

impl Forker {
    /// Started from the spawner thread (its parent-death signal is tied to
    /// the starting thread).
    fn start(c: &HelperCommand) -> Result<Forker, String> {
        let (socket, theirs) =
            UnixStream::pair().map_err(|e| format!("cannot start the helper: {e}"))?;
        let mut command = Command::new(&c.exe);
        command
            .arg("warm-helper")
            .arg("--profile")
            .arg(&c.profile)
            .arg("--parent")
            .arg(std::process::id().to_string())
            .arg("--max-job")
            .arg(c.max_job.to_string())
            // The API's token is the server's alone.
            .env_remove(super::transport::TOKEN_ENV)
            .stdin(Stdio::from(OwnedFd::from(theirs)))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        if let Some(python) = &c.python {
            command.arg("--python").arg(python);
        }
        if !c.allow_degraded.is_empty() {
            command
                .arg("--allow-degraded")
                .arg(c.allow_degraded.join(","));
        }
        if let Some(nice) = c.job_nice {
            command.arg("--job-nice").arg(nice.to_string());
        }
        if c.no_template {
            command.arg("--no-template");
        }
        let process = command
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", c.exe.display()))?;
        // A forker that stops answering is replaced, not waited for.
        socket
            .set_read_timeout(Some(Duration::from_secs(10)))
            .map_err(|e| e.to_string())?;
        Ok(Forker { process, socket })
    }

    /// A new helper: its pid, pidfd and pipes, or why there is none.
    fn fork(&mut self) -> Result<Helper, String> {
        let gone = |e: &dyn std::fmt::Display| format!("the helpers' forker: {e}");
        self.socket.write_all(b"S").map_err(|e| gone(&e))?;
        let mut pid = [0u8; 4];
        let mut space = nix::cmsg_space!([std::os::fd::RawFd; 3]);
        let mut iov = [std::io::IoSliceMut::new(&mut pid)];
        let message = nix::sys::socket::recvmsg::<()>(
            self.socket.as_raw_fd(),
            &mut iov,
            Some(&mut space),
            nix::sys::socket::MsgFlags::MSG_CMSG_CLOEXEC,
        )
        .map_err(|e| gone(&e))?;
        let mut fds: Vec<OwnedFd> = Vec::new();
        for cmsg in message.cmsgs().map_err(|e| gone(&e))? {
            if let nix::sys::socket::ControlMessageOwned::ScmRights(received) = cmsg {
                // SAFETY: descriptors the kernel just gave us.
                fds.extend(
                    received
                        .into_iter()
                        .map(|fd| unsafe { OwnedFd::from_raw_fd(fd) }),
                );
            }
        }
        if message.bytes != 4 {
            return Err(gone(&"it went away"));
        }
        let pid = i32::from_le_bytes(pid);
        let (Ok(pid), Ok([pidfd, stdin, stdout])) =
            (u32::try_from(pid), <[OwnedFd; 3]>::try_from(fds))
        else {
            return Err(gone(&std::io::Error::from_raw_os_error(-pid)));
        };
        Ok(Helper {
            pid,
            pidfd,
            stdin: Some(File::from(stdin)),
            stdout: File::from(stdout),
        })
    }

    /// Lets it go (end of its socket) and reaps it.
    fn stop(mut self) {
        drop(self.socket);
        let _ = self.process.wait();
    }
}

/// Why a job was not run or not answered: its client closed the connection.
const CLIENT_GONE: &str = "the client went away";

/// Whether the peer of a connection has closed it. A unix socket says so at
/// once; a TCP connection only once the peer's end is reset (a peer that
/// only stopped sending, as some clients do after a request, is still there).
pub fn gone(client: BorrowedFd<'_>) -> bool {
    let mut fds = [PollFd::new(client, PollFlags::empty())];
    matches!(poll(&mut fds, PollTimeout::ZERO), Ok(n) if n > 0)
}

/// What a job's answer is awaited with.
pub struct Awaiting<'a> {
    /// The job's connection: when its client goes away, the helper gets
    /// SIGTERM, which stops its jail as a signal stops a cold run.
    pub client: BorrowedFd<'a>,
    /// What is asked of the job by its id: each signal is passed on to the
    /// helper; an open stdin is fed into the helper's stdin, handed over
    /// once the job is sent.
    pub controls: Option<&'a Controls>,
    /// With a streamed job: each piece of output the helper sends ahead of
    /// its answer; false when the client could not take it (it is then
    /// taken as gone).
    pub pieces: Option<&'a mut PassOn<'a>>,
    /// For a client that can only half-close (TCP, where a killed client's
    /// kernel sends FIN, as one that merely stopped sending does): writes
    /// something harmless to it, once it has stopped sending, so that a
    /// closed socket answers with a reset; false when the write failed.
    pub probe: Option<&'a mut Probe<'a>>,
}

/// Writes a harmless answer part to a client; false when it could not.
pub type Probe<'a> = dyn FnMut() -> bool + 'a;

/// poll's event for a peer that has shut its sending side (POLLRDHUP,
/// which nix does not name).
fn stopped_sending() -> PollFlags {
    PollFlags::from_bits_retain(libc::POLLRDHUP)
}

/// Takes one line of a streamed job's output; false when it could not.
pub type PassOn<'a> = dyn FnMut(&[u8]) -> bool + 'a;

/// What a helper's lines are read with while it runs a job.
struct JobWatch<'a> {
    client: BorrowedFd<'a>,
    controls: Option<&'a Controls>,
    helper: &'a OwnedFd,
    /// Used once, when the client has stopped sending.
    probe: Option<&'a mut Probe<'a>>,
}

/// Lines from a helper, each bounded in size, read until a deadline. With
/// a job's watch: when the client goes away, the helper gets SIGTERM (once),
/// each signal asked for by the job's id is sent on, and lines are still read.
struct Lines<'a> {
    stdout: &'a File,
    job: Option<JobWatch<'a>>,
    client_there: bool,
    /// Read past the last line returned.
    pending: Vec<u8>,
    buffer: Vec<u8>,
}

impl<'a> Lines<'a> {
    fn new(stdout: &'a File, job: Option<JobWatch<'a>>) -> Lines<'a> {
        Lines {
            stdout,
            client_there: job.is_some(),
            job,
            pending: Vec::new(),
            buffer: vec![0u8; 64 * 1024],
        }
    }

    /// The client is gone: its job is stopped as by a hang-up.
    fn client_gone(&mut self) {
        if let Some(job) = self.job.as_ref().filter(|_| self.client_there) {
            self.client_there = false;
            signal(job.helper, libc::SIGTERM);
        }
    }

    /// The client has stopped sending: whether it is still there is told by
    /// a write to it (used once; a reset then shows as a hang-up).
    fn probe_client(&mut self) -> bool {
        match self.job.as_mut().and_then(|job| job.probe.take()) {
            Some(probe) => probe(),
            None => true,
        }
    }

    fn next(&mut self, deadline: Instant) -> Result<Vec<u8>, String> {
        let mut scanned = 0;
        loop {
            // Only new bytes are looked at: a long line is scanned once.
            if let Some(end) = self.pending[scanned..].iter().position(|&b| b == b'\n') {
                let mut line: Vec<u8> = self.pending.drain(..=scanned + end).collect();
                line.pop();
                return Ok(line);
            }
            scanned = self.pending.len();
            if self.pending.len() > MAX_ANSWER {
                return Err("the helper's answer is too large".into());
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err("the warm jail's helper did not answer in time".into());
            }
            let mut fds = vec![PollFd::new(self.stdout.as_fd(), PollFlags::POLLIN)];
            let mut watched = |fd, events| {
                fds.push(PollFd::new(fd, events));
                fds.len() - 1
            };
            // Else no events asked of the client: poll reports a hang-up regardless.
            let client_at = self.job.as_ref().filter(|_| self.client_there).map(|job| {
                let events = match job.probe.is_some() {
                    true => stopped_sending(),
                    false => PollFlags::empty(),
                };
                watched(job.client, events)
            });
            let stop_at = self
                .job
                .as_ref()
                .and_then(|job| job.controls)
                .map(|stop| watched(stop.fd(), PollFlags::POLLIN));
            let ms = left.as_millis().min(60_000) as u16;
            match poll(&mut fds, PollTimeout::from(ms.max(1))) {
                Err(nix::errno::Errno::EINTR) | Ok(0) => continue,
                Err(e) => return Err(e.to_string()),
                Ok(_) => {}
            }
            // nix gives no flags when a bit it does not name is set: here
            // that can only be POLLRDHUP.
            let events = |at: Option<usize>| match at.map(|i| fds[i].revents()) {
                Some(Some(flags)) => flags,
                Some(None) => stopped_sending(),
                None => PollFlags::empty(),
            };
            let ready = |at: Option<usize>| !events(at).is_empty();
            let client = events(client_at);
            let (answered, asked) = (ready(Some(0)), ready(stop_at));
            drop(fds);
            let hung_up = client.intersects(!stopped_sending())
                || (!client.is_empty() && !self.probe_client());
            if hung_up {
                self.client_gone();
            }
            if let Some(job) = &self.job {
                let signals = job.controls.filter(|_| asked).map(Controls::take_signals);
                for asked in signals.unwrap_or_default() {
                    signal(job.helper, asked);
                }
            }
            if !answered {
                continue;
            }
            match nix::unistd::read(self.stdout.as_raw_fd(), &mut self.buffer) {
                Ok(0) => return Err("the warm jail's helper ended without an answer".into()),
                Ok(n) => self.pending.extend_from_slice(&self.buffer[..n]),
                Err(nix::errno::Errno::EINTR) => {}
                Err(e) => return Err(e.to_string()),
            }
        }
    }
}

struct State {
    ready: VecDeque<Helper>,
    starting: usize,
    /// Helpers being started (pid, a pidfd), told to stop when the pool stops.
    starting_helpers: Vec<(u32, OwnedFd)>,
    stopping: bool,
    /// Why the last jail could not be set up (until one is).
    last_error: Option<String>,
    /// When the last jail could not be set up: the next waits a second.
    last_failure: Option<Instant>,
}

pub struct Pool {
    size: usize,
    starting_at_once: usize,
    command: HelperCommand,
    /// Used by the spawner thread only (it must start the forker).
    forker: Mutex<Option<Forker>>,
    state: Mutex<State>,
    /// Signalled when a jail becomes ready, one is taken, or the pool stops.
    changed: Condvar,
    metrics: Arc<Metrics>,
    /// To the watcher thread ([`Pool::watcher`]), which `wake` wakes.
    news: mpsc::Sender<Watch>,
    wake: OwnedFd,
}

/// What the watcher thread waits for: a new helper's first line, or the end
/// of a helper that has answered (or was let go).
enum Watch {
    Starting(Helper),
    Finishing(Helper),
}

impl Pool {
    /// The pool, and its watcher thread (for the server's life).
    pub fn new(
        size: usize,
        command: HelperCommand,
        metrics: Arc<Metrics>,
    ) -> std::io::Result<Arc<Pool>> {
        let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
        let flags = nix::fcntl::OFlag::O_CLOEXEC | nix::fcntl::OFlag::O_NONBLOCK;
        let (woken, wake) = nix::unistd::pipe2(flags)?;
        let (news, arrived) = mpsc::channel();
        let pool = Arc::new(Pool {
            size,
            starting_at_once: cpus * STARTING_PER_CPU,
            command,
            forker: Mutex::new(None),
            state: Mutex::new(State {
                ready: VecDeque::new(),
                starting: 0,
                starting_helpers: Vec::new(),
                stopping: false,
                last_error: None,
                last_failure: None,
            }),
            changed: Condvar::new(),
            metrics,
            news,
            wake,
        });
        let watcher = Arc::clone(&pool);
        std::thread::Builder::new().spawn(move || watcher.watcher(&arrived, &woken))?;
        Ok(pool)
    }

    /// A new helper wakes the watcher; an answered one waits for its next
    /// round (a second at most), so that handing it over wakes nothing on
    /// the answer's way.
    fn watch(&self, what: Watch) {
        let starting = matches!(what, Watch::Starting(_));
        if self.news.send(what).is_ok() && starting {
            // Full means a wake-up is pending already.
            let _ = nix::unistd::write(&self.wake, b"w");
        }
    }

    /// One thread, instead of one per helper: reads each new helper's first
    /// line (`ready`, or why not; [`Pool::said`]) and awaits the end of the
    /// helpers that are done, which the forker reaps. A helper that has not
    /// said `ready` within [`READY_WITHIN`] is let go; one that has not ended
    /// 10 s after it was let go (its jail is gone by then: the helper ends it
    /// at once, or at the job's deadline) is killed.
    fn watcher(self: Arc<Pool>, arrived: &mpsc::Receiver<Watch>, woken: &OwnedFd) {
        let mut starting: Vec<(Helper, Instant)> = Vec::new();
        // Each with its deadline, and whether it was killed at the first.
        let mut finishing: Vec<(Finishing, Instant, bool)> = Vec::new();
        let mut drained = [0u8; 64];
        loop {
            while let Ok(what) = arrived.try_recv() {
                match what {
                    Watch::Starting(helper) => {
                        starting.push((helper, Instant::now() + READY_WITHIN));
                    }
                    Watch::Finishing(helper) => {
                        let helper = helper.let_go();
                        finishing.push((helper, Instant::now() + FINISH_WITHIN, false));
                    }
                }
            }
            let now = Instant::now();
            let next = starting
                .iter()
                .map(|(_, at)| *at)
                .chain(finishing.iter().map(|(_, at, _)| *at))
                .min();
            let left = next.map_or(ROUND, |at| at.saturating_duration_since(now).min(ROUND));
            let timeout = PollTimeout::from((left.as_millis() as u16).max(1));
            let mut fds = vec![PollFd::new(woken.as_fd(), PollFlags::POLLIN)];
            fds.extend(
                starting
                    .iter()
                    .map(|(h, _)| PollFd::new(h.stdout.as_fd(), PollFlags::POLLIN)),
            );
            fds.extend(
                finishing
                    .iter()
                    .map(|(h, _, _)| PollFd::new(h.pidfd.as_fd(), PollFlags::POLLIN)),
            );
            match poll(&mut fds, timeout) {
                Ok(_) | Err(nix::errno::Errno::EINTR) => {}
                Err(_) => std::thread::sleep(Duration::from_millis(10)),
            }
            let ready: Vec<bool> = fds
                .iter()
                .map(|f| f.revents().is_some_and(|r| !r.is_empty()))
                .collect();
            drop(fds);
            if ready[0] {
                while matches!(nix::unistd::read(woken.as_raw_fd(), &mut drained), Ok(n) if n > 0) {
                }
            }
            let (said, ended) = ready[1..].split_at(starting.len());
            let now = Instant::now();
            for ((helper, deadline), said) in std::mem::take(&mut starting).into_iter().zip(said) {
                let line = if *said {
                    // The line comes in one write; a helper that stops in
                    // the middle of one holds up the others for 1 s at most.
                    // Nothing follows it before the job is sent.
                    Lines::new(&helper.stdout, None)
                        .next(deadline.min(now + Duration::from_secs(1)))
                } else if now >= deadline {
                    Err(format!(
                        "the helper did not say it was ready within {READY_WITHIN:?}"
                    ))
                } else {
                    starting.push((helper, deadline));
                    continue;
                };
                if let Some(done) = self.said(helper, line) {
                    finishing.push((done.let_go(), now + FINISH_WITHIN, false));
                }
            }
            for ((helper, deadline, killed), ended) in
                std::mem::take(&mut finishing).into_iter().zip(ended)
            {
                if *ended {
                    continue; // the forker reaps it
                }
                if now < deadline {
                    finishing.push((helper, deadline, killed));
                } else if !killed {
                    helper.kill();
                    finishing.push((helper, now + Duration::from_secs(1), true));
                }
            }
        }
    }

    pub fn size(&self) -> usize {
        self.size
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The spawner: keeps ready + starting at the pool's size until the pool
    /// stops. Runs on its own thread for the server's whole life (see the
    /// module documentation). A helper that fails makes it wait a second
    /// before the next, so a host that cannot build jails is not hammered.
    pub fn spawner(self: &Arc<Pool>) {
        let mut state = self.lock();
        loop {
            if state.stopping {
                drop(state);
                if let Some(forker) = self.forker.lock().unwrap_or_else(|e| e.into_inner()).take() {
                    forker.stop();
                }
                return;
            }
            let missing = self.size.saturating_sub(state.ready.len() + state.starting);
            let pause = state
                .last_failure
                .map(|at| (at + Duration::from_secs(1)).saturating_duration_since(Instant::now()))
                .filter(|left| !left.is_zero());
            if missing == 0 || state.starting >= self.starting_at_once || pause.is_some() {
                let wait = pause.unwrap_or(Duration::from_secs(1));
                state = self
                    .changed
                    .wait_timeout(state, wait)
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
                continue;
            }
            state.starting += 1;
            self.metrics.starting.store(state.starting as u64, Relaxed);
            drop(state);
            match self.spawn() {
                Ok(helper) => {
                    if let Ok(pidfd) = helper.pidfd.try_clone() {
                        self.lock().starting_helpers.push((helper.pid, pidfd));
                    }
                    self.watch(Watch::Starting(helper));
                }
                Err(err) => self.failed(err),
            }
            state = self.lock();
        }
    }

    /// A new helper from the forker, which is started (again) if need be.
    fn spawn(&self) -> Result<Helper, String> {
        let mut forker = self.forker.lock().unwrap_or_else(|e| e.into_inner());
        if forker.is_none() {
            *forker = Some(Forker::start(&self.command)?);
        }
        let helper = forker
            .as_mut()
            .map(Forker::fork)
            .unwrap_or_else(|| Err(String::new()));
        if helper.is_err() {
            // Gone or stuck: the next spawn starts another.
            if let Some(old) = forker.take() {
                let mut old = old;
                let _ = old.process.kill();
                old.stop();
            }
        }
        helper
    }

    /// A new helper's first line: `ready` puts it in the pool; anything else
    /// is a failure. Returns the helper when it is to be let go.
    fn said(&self, helper: Helper, line: Result<Vec<u8>, String>) -> Option<Helper> {
        let said =
            line.and_then(|line| serde_json::from_slice::<Value>(&line).map_err(|e| e.to_string()));
        self.lock()
            .starting_helpers
            .retain(|(pid, _)| *pid != helper.pid);
        match said {
            Ok(value) if value["ready"] == Value::Bool(true) => {
                let mut state = self.lock();
                state.starting -= 1;
                state.last_error = None;
                state.last_failure = None;
                if state.stopping {
                    return Some(helper);
                }
                state.ready.push_back(helper);
                self.metrics.jails_started.fetch_add(1, Relaxed);
                if value["forked"] == Value::Bool(true) {
                    self.metrics.jails_forked.fetch_add(1, Relaxed);
                }
                self.publish(&state);
                self.changed.notify_all();
                None
            }
            other => {
                let why = match other {
                    Ok(value) => {
                        let error = value["error"]
                            .as_str()
                            .unwrap_or("the helper said something else");
                        match value["hint"].as_str() {
                            Some(hint) => format!("{error} (help: {hint})"),
                            None => error.to_string(),
                        }
                    }
                    Err(err) => err,
                };
                self.failed(why);
                Some(helper)
            }
        }
    }

    fn failed(&self, why: String) {
        let mut state = self.lock();
        state.starting = state.starting.saturating_sub(1);
        if state.last_error.as_deref() != Some(why.as_str()) {
            stderr_line!("pyjail serve: a warm jail could not be set up: {why}");
        }
        state.last_error = Some(why);
        state.last_failure = Some(Instant::now());
        self.metrics.jails_failed.fetch_add(1, Relaxed);
        self.publish(&state);
        self.changed.notify_all();
    }

    fn publish(&self, state: &State) {
        self.metrics.ready.store(state.ready.len() as u64, Relaxed);
        self.metrics.starting.store(state.starting as u64, Relaxed);
    }

    /// A ready jail, waiting until `deadline`; Err says why there is none.
    /// Its replacement is started once it has its job ([`Helper::run`]).
    pub fn take(&self, deadline: Instant) -> Result<Helper, String> {
        let mut state = self.lock();
        loop {
            if state.stopping {
                return Err("the server is shutting down".into());
            }
            if let Some(helper) = state.ready.pop_front() {
                self.publish(&state);
                return Ok(helper);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(match &state.last_error {
                    Some(err) => format!("no warm jail became ready: {err}"),
                    None => "no warm jail became ready in time".into(),
                });
            }
            state = self
                .changed
                .wait_timeout(state, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }

    /// Waits for the first jail: Ok once one is ready, Err with why the first
    /// set-up failed or none was ready `within`.
    pub fn first_jail(&self, within: Duration) -> Result<(), String> {
        let deadline = Instant::now() + within;
        let mut state = self.lock();
        loop {
            if !state.ready.is_empty() {
                return Ok(());
            }
            if let Some(err) = &state.last_error {
                return Err(err.clone());
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(format!("none was ready within {} s", within.as_secs()));
            }
            state = self
                .changed
                .wait_timeout(state, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }

    /// Whether at least one jail has been set up since the last failure.
    pub fn healthy(&self) -> (bool, usize, Option<String>) {
        let state = self.lock();
        (
            state.last_error.is_none(),
            state.ready.len(),
            state.last_error.clone(),
        )
    }

    /// Stops the spawner and lets every idle helper go (each tears its jail
    /// down and is reaped); helpers still starting are told to stop (SIGTERM
    /// ends their set-up).
    pub fn stop(&self) {
        let idle: Vec<Helper> = {
            let mut state = self.lock();
            state.stopping = true;
            self.changed.notify_all();
            for (_, pidfd) in &state.starting_helpers {
                // SAFETY: a plain syscall on a pidfd of ours.
                unsafe {
                    libc::syscall(
                        libc::SYS_pidfd_send_signal,
                        pidfd.as_raw_fd(),
                        libc::SIGTERM,
                        0,
                        0,
                    )
                };
            }
            state.ready.drain(..).collect()
        };
        for helper in idle {
            helper.finish();
        }
        self.publish(&self.lock());
    }

    /// Until no helper is being started (after [`Pool::stop`]).
    pub fn wait_idle(&self, within: Duration) {
        let until = Instant::now() + within;
        let mut state = self.lock();
        while state.starting > 0 && Instant::now() < until {
            state = self
                .changed
                .wait_timeout(state, Duration::from_millis(50))
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }
}
