//! The supervisor: starts the jail, feeds it its ids and cgroup, streams its
//! output with caps, keeps bounded telemetry, answers seccomp notifications,
//! enforces the wall clock, stops the jail on SIGINT/SIGTERM/SIGHUP/SIGQUIT, and
//! collects how the program ended. Single-threaded apart from a watchdog that
//! kills the jail at the deadline even if writing our own output blocks.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::unistd::Pid;

use crate::cgroup::{self, Cgroup};
use crate::control::{self, ChildUsage, Message};
use crate::error::JailError;
use crate::files::{self, WorkTree};
use crate::layer::Layer;
use crate::notify::{Listener, Prologue, Recorder, RecorderFlags};
use crate::outcome::{Degradation, Limit, Outcome, StdinStats, StreamStats, TelemetryCapture};
use crate::sandbox::{self, ChildSpec};
use crate::user::IdMap;

/// The network namespace is made by the jail itself (`net.rs`).
const NAMESPACES: libc::c_int = libc::CLONE_NEWUSER
    | libc::CLONE_NEWPID
    | libc::CLONE_NEWNS
    | libc::CLONE_NEWIPC
    | libc::CLONE_NEWUTS;
/// The signals that stop a run (its jail is torn down, nothing is left).
pub const STOP_SIGNALS: [Signal; 4] = [
    Signal::SIGINT,
    Signal::SIGTERM,
    Signal::SIGHUP,
    Signal::SIGQUIT,
];
/// What a warm jail's helper is sent, besides a stop signal, when whoever
/// reads its job's stdout has gone (`pyjail run --server … | head -1`): the
/// program's stdout is closed, as a cold run closes it when its own reader
/// goes, and the program's next write fails with a broken pipe.
pub const READER_GONE: Signal = Signal::SIGPIPE;

/// What a warm jail's helper takes for its job (blocked, and read from its
/// signalfd): [`STOP_SIGNALS`], then [`READER_GONE`].
pub fn job_signals() -> impl Iterator<Item = Signal> {
    STOP_SIGNALS.into_iter().chain([READER_GONE])
}
/// Telemetry kept from the start of the run, and from its end.
const TELEMETRY_HEAD_LINES: usize = 10_000;
const TELEMETRY_HEAD_BYTES: usize = 4 << 20;
const TELEMETRY_TAIL_LINES: usize = 64;
const TELEMETRY_MAX_LINE: usize = 64 << 10;

/// The parent's ends of the pipes, created before `clone`.
pub struct Pipes {
    /// None once whoever reads pyjail's own stream has gone: closed, so
    /// that the program's next write fails with a broken pipe, as it would
    /// without the jail in between (`yes | head -1`).
    pub stdout: Option<OwnedFd>,
    pub stderr: Option<OwnedFd>,
    pub telemetry: Option<OwnedFd>,
    pub control: OwnedFd,
    /// What the program reads on stdin, streamed into its pipe; None: /dev/null.
    pub stdin: Option<StdinFeed>,
}

/// Streams a source (a file, pyjail's own stdin, a FIFO, a device) into the
/// program's stdin pipe, 64 KiB at a time, as the program reads and as the
/// source delivers: a huge input never sits in our memory, a slow source never
/// blocks the supervisor, and the program never holds a host descriptor.
pub struct StdinFeed {
    source: OwnedFd,
    pipe: OwnedFd,
    pending: Vec<u8>,
    offset: usize,
    limit: u64,
    stats: StdinStats,
}

impl StdinFeed {
    /// `pipe` is the write end; it is made non-blocking. At most `limit`
    /// bytes pass.
    pub fn new(source: OwnedFd, pipe: OwnedFd, limit: u64) -> io::Result<StdinFeed> {
        nix::fcntl::fcntl(
            pipe.as_raw_fd(),
            nix::fcntl::FcntlArg::F_SETFL(nix::fcntl::OFlag::O_NONBLOCK),
        )?;
        Ok(StdinFeed {
            source,
            pipe,
            pending: Vec::new(),
            offset: 0,
            limit,
            stats: StdinStats::default(),
        })
    }

    /// [`StdinFeed::new`], writing `pending` before anything of `source`
    /// (not counted against `limit`).
    pub fn after(
        pending: Vec<u8>,
        source: OwnedFd,
        pipe: OwnedFd,
        limit: u64,
    ) -> io::Result<StdinFeed> {
        let mut feed = StdinFeed::new(source, pipe, limit)?;
        feed.pending = pending;
        Ok(feed)
    }

    /// What to wait for: the source to be readable while nothing is pending,
    /// else the pipe to take more.
    fn waiting_on(&self) -> (RawFd, PollFlags) {
        if self.offset == self.pending.len() {
            (self.source.as_raw_fd(), PollFlags::POLLIN)
        } else {
            (self.pipe.as_raw_fd(), PollFlags::POLLOUT)
        }
    }

    /// One step: read once from the source (which poll said is readable, so
    /// this does not block on a pipe or a terminal) or write what the pipe
    /// takes. False once done: end of input, the cap, or the program closed
    /// its stdin.
    fn step(&mut self) -> bool {
        if self.offset == self.pending.len() {
            let room = self.limit.saturating_sub(self.stats.bytes);
            self.pending.resize(64 * 1024, 0);
            let n = loop {
                match nix::unistd::read(self.source.as_raw_fd(), &mut self.pending) {
                    Err(nix::errno::Errno::EINTR) => continue,
                    Err(nix::errno::Errno::EAGAIN) => break 0,
                    Ok(0) | Err(_) => return false,
                    Ok(n) => break n,
                }
            };
            if n as u64 > room {
                self.stats.truncated = true;
            }
            let n = n.min(room as usize);
            self.pending.truncate(n);
            self.offset = 0;
            self.stats.bytes += n as u64;
            if n == 0 {
                return !self.stats.truncated;
            }
        }
        loop {
            match nix::unistd::write(&self.pipe, &self.pending[self.offset..]) {
                Ok(n) => self.offset += n,
                Err(nix::errno::Errno::EAGAIN) => return true,
                Err(nix::errno::Errno::EINTR) => continue,
                Err(_) => return false,
            }
            if self.offset == self.pending.len() {
                // Everything up to the cap went through: the program sees end of file.
                return !self.stats.truncated;
            }
        }
    }
}

pub struct Supervised<'a> {
    /// The seccomp program the jail runs, which tells the calls it watches
    /// from those it denies (`notify.rs`).
    pub program: crate::seccomp::Program,
    pub pipes: Pipes,
    /// The child's ends, closed in the parent once the child has them.
    pub child_ends: Vec<OwnedFd>,
    pub ids: IdMap,
    pub cgroup: CgroupRequest,
    pub wall: Duration,
    /// CPU time of the whole jail (enforced through the cgroup's accounting).
    pub cpu: Duration,
    pub output_limit: u64,
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
    /// `--work`: copied into /work before the program starts.
    pub work: Option<&'a WorkTree>,
    /// `--out`: keep a descriptor of /work (and, when the jail's files are
    /// another host id's, of the jail's user namespace) to collect from.
    pub collect: bool,
}

/// The jail's cgroup, created while the jail builds its root.
pub struct CgroupRequest {
    pub memory: u64,
    pub pids: u64,
    /// `--allow-degraded cgroup`: without one, run on rlimits and record it.
    pub optional: bool,
}

/// How the run ended, before limits are interpreted.
pub struct Ended {
    pub outcome: Outcome,
    pub raw_status: Option<i32>,
    pub timed_out: bool,
    /// The watchdog killed the jail for its total CPU time.
    pub cpu_exceeded: bool,
    pub disk_full: bool,
    pub rusage: libc::rusage,
    /// pid 1 after its report, waiting to be let go: killed and reaped when
    /// dropped, before the cgroup (fields drop in order). Only with `at_exit`.
    pub unreaped: Option<Started>,
    /// Still holds the jail's measurements; removed when dropped.
    pub cgroup: Option<Cgroup>,
    /// What the cgroup measured, read as the watch ended.
    pub usage: Option<crate::cgroup::Usage>,
    /// The jail's /work, kept alive by this descriptor (`--out`).
    pub work_dir: Option<OwnedFd>,
    /// The jail's user namespace, when reading its files needs it (`--out`).
    pub userns: Option<OwnedFd>,
    /// The host ids the jail runs as, held until it is gone ([`run`] only).
    pub ids: Option<IdMap>,
}

/// Starts and watches the jail; ends as soon as the program's end is known
/// and every stream is read ([`watch_to_end`] with `at_exit`): pid 1 in its
/// exit, the cgroup and the host ids the jail runs as are left in [`Ended`]
/// for the teardown (`teardown.rs`).
pub fn run(mut job: Supervised, spec: &ChildSpec) -> Result<Ended, JailError> {
    let started = Instant::now();
    let stop_signals: SigSet = STOP_SIGNALS.into_iter().collect();
    let old_mask = stop_signals
        .thread_swap_mask(nix::sys::signal::SigmaskHow::SIG_BLOCK)
        .ok();
    let result = start_and_watch(&mut job, spec, stop_signals, started);
    if let Some(mask) = old_mask {
        let _ = mask.thread_set_mask();
    }
    let mut ended = result?;
    ended.ids = Some(job.ids);
    if let Some(jail) = &mut ended.unreaped {
        jail.holding = Some(job.pipes.control);
    }
    Ok(ended)
}

fn start_and_watch(
    job: &mut Supervised,
    spec: &ChildSpec,
    stop_signals: SigSet,
    started: Instant,
) -> Result<Ended, JailError> {
    let jail = start(job, spec, &stop_signals)?;
    watch_to_end(job, jail, started, Early::default(), true)
}

/// A jail cloned and handed over (ids, cgroup, `--work` files), not yet
/// watched. Dropped without [`watch_to_end`], it kills and reaps the jail
/// before its cgroup goes.
pub struct Started {
    child: Pid,
    pidfd: OwnedFd,
    signals: SignalFd,
    cgroup: Option<Cgroup>,
    userns: Option<OwnedFd>,
    degradation: Option<Degradation>,
    reaped: bool,
    /// Our end of the control channel once pid 1 has reported. pid 1 waits
    /// for its end of file (`sandbox::init`), so holding it keeps pid 1
    /// until the teardown kills it: pid 1's exit, in which the kernel tears
    /// the namespaces down, then comes after the supervisor's last steps
    /// instead of competing with them for a CPU.
    holding: Option<OwnedFd>,
}

impl Started {
    /// The descriptors this holds, for a process that keeps nothing else
    /// (a detached teardown, `teardown.rs`).
    pub(crate) fn fds(&self) -> impl Iterator<Item = RawFd> + '_ {
        [self.pidfd.as_raw_fd(), self.signals.as_raw_fd()]
            .into_iter()
            .chain(self.holding.as_ref().map(AsRawFd::as_raw_fd))
    }

    pub fn pid(&self) -> Pid {
        self.child
    }

    pub fn pidfd(&self) -> &OwnedFd {
        &self.pidfd
    }

    pub fn signals(&self) -> &SignalFd {
        &self.signals
    }

    pub fn cgroup(&self) -> Option<&Cgroup> {
        self.cgroup.as_ref()
    }
}

impl Started {
    /// Lets pid 1, which waits in its exit once every other jailed process has
    /// ended, go now (the kernel then tears the jail down) rather than with the
    /// teardown: for work that needs nothing of the jail to run any more.
    pub(crate) fn release(&self) {
        pidfd_kill(self.pidfd.as_raw_fd());
    }
}

impl Drop for Started {
    fn drop(&mut self) {
        if self.reaped {
            return;
        }
        pidfd_kill(self.pidfd.as_raw_fd());
        // In a detached teardown pid 1 is not our child (its parent, the
        // supervisor, has exited and init reaps it): its end is what counts.
        if nix::sys::wait::waitpid(self.child, None) == Err(nix::errno::Errno::ECHILD) {
            wait_exited(&self.pidfd);
        }
    }
}

/// What a caller saw on the control channel and the seccomp listener before
/// [`watch_to_end`] took over (a warm jail's start, `warm.rs`).
#[derive(Default)]
pub struct Early {
    pub listener: Option<Listener>,
    pub degradations: Vec<Degradation>,
    /// The jail's /work (`collect`), sent before its program started.
    pub work_dir: Option<OwnedFd>,
}

/// Clones the jail and hands it over; `stop_signals` must be blocked.
pub fn start(
    job: &mut Supervised,
    spec: &ChildSpec,
    stop_signals: &SigSet,
) -> Result<Started, JailError> {
    let signals = signal_fd(stop_signals)?;
    let child = clone_child(spec)?;
    if let Some(placement) = &spec.placement {
        placement.start_elsewhere(child);
    }
    let pidfd = pidfd_open(child);
    job.child_ends.clear();
    // Declared before the child is reaped on failure, so dropped (removed) after.
    let mut cgroup = None;
    let mut userns = None;
    let degradation = match hand_over(job, spec.role, child, &mut cgroup, &mut userns) {
        Ok(degradation) => degradation,
        Err(err) => {
            kill_and_reap(child);
            // A jail that failed a step said why before it went: that, not
            // the broken channel we then found, is the reason.
            let said = control::pending(&job.pipes.control).find_map(|m| match m {
                Message::Failed { layer, message } => Some(JailError::Setup { layer, message }),
                _ => None,
            });
            return Err(said.unwrap_or(err));
        }
    };
    let pidfd = pidfd.map_err(|e| {
        kill_and_reap(child);
        JailError::setup(Layer::Pidfd, e)
    })?;
    Ok(Started {
        child,
        pidfd,
        signals,
        cgroup,
        userns,
        degradation,
        reaped: false,
        holding: None,
    })
}

/// The stop signals, readable; they must be blocked in the calling thread.
pub fn signal_fd(stop_signals: &SigSet) -> Result<SignalFd, JailError> {
    SignalFd::with_flags(stop_signals, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK)
        .map_err(|e| JailError::setup(Layer::Signals, e))
}

impl Started {
    /// A jail that another process forked (`template.rs`): `pid` is its
    /// pid 1 (not our child), `pidfd` refers to it.
    pub(crate) fn forked(pid: Pid, pidfd: OwnedFd, signals: SignalFd, cgroup: Cgroup) -> Started {
        Started {
            child: pid,
            pidfd,
            signals,
            cgroup: Some(cgroup),
            userns: None,
            degradation: None,
            reaped: false,
            holding: None,
        }
    }
}

/// Watches a started jail until it and its streams are done; `started` is
/// when the wall clock began. With `at_exit`, it ends as soon as the program
/// has exited and its streams have ended (pid 1 has reaped every other
/// process and reported: everything the run measures is known): pid 1, and
/// its exit, in which the kernel tears the jail's namespaces down, are left
/// to [`Ended::unreaped`].
pub fn watch_to_end(
    job: &mut Supervised,
    mut jail: Started,
    started: Instant,
    early: Early,
    at_exit: bool,
) -> Result<Ended, JailError> {
    let mut state = WatchState::new(job.output_limit);
    state.degradations.extend(jail.degradation.take());
    state.degradations.extend(early.degradations);
    state.work_dir = early.work_dir;
    // A listener that came before the watch (a warm jail's start) goes to the recorder.
    if let Some(listener) = early.listener {
        state.listener = Some(listener);
        state.denied.recorded = true;
        state.watched.recorded = true;
    }
    let cgroup = jail.cgroup.take();
    let userns = jail.userns.take();
    let recorder_flags = RecorderFlags::default();
    let (result, verdict, usage) = std::thread::scope(|scope| {
        let watchdog = Watchdog::start(
            scope,
            &jail.pidfd,
            started + job.wall,
            cgroup.as_ref(),
            job.cpu,
        );
        let mut recorder = match Recorder::start(scope, &recorder_flags) {
            Ok(recorder) => Some(recorder),
            Err(err) => {
                state.denied.failure = Some(format!("cannot start the recorder: {err}"));
                None
            }
        };
        let result = watch(
            job,
            &mut state,
            Watched {
                signals: &jail.signals,
                pidfd: &jail.pidfd,
                watchdog: &watchdog,
                at_exit,
            },
            &mut recorder,
        );
        if result.is_err() {
            pidfd_kill(jail.pidfd.as_raw_fd());
        }
        // The jail ended without pid 1's report (killed): read what is left.
        // A watch that ends at the program's exit has counted pid 1's report
        // already, and does not wait for pid 1's end.
        if !(at_exit && state.released) {
            wait_exited(&jail.pidfd);
        }
        // The threads are told to end first and the cgroup is read while
        // they do: each ends on a wake-up of its own. The recorder first:
        // its signal usually wakes another CPU, the slowest wake-up here,
        // while the watchdog's ends on this one meanwhile.
        if let Some(recorder) = &mut recorder {
            recorder.stop_soon();
        }
        watchdog.stop_soon();
        let usage = cgroup.as_ref().map(Cgroup::usage);
        if let Some(recorder) = recorder {
            let reading = recorder.is_reading();
            let record = recorder.finish(false);
            if reading {
                (state.denied, state.watched) = record;
            }
        }
        (result, watchdog.stop(), usage)
    });
    // SAFETY: an all-zero rusage is a valid value to be overwritten.
    let mut rusage: libc::rusage = unsafe { std::mem::zeroed() };
    let unreaped = match state
        .children
        .filter(|_| state.child_alive && result.is_ok())
    {
        Some(children) => {
            let time = |us: u64| libc::timeval {
                tv_sec: (us / 1_000_000) as _,
                tv_usec: (us % 1_000_000) as _,
            };
            rusage.ru_utime = time(children.user_us);
            rusage.ru_stime = time(children.system_us);
            rusage.ru_maxrss = children.max_rss_kb as libc::c_long;
            Some(jail)
        }
        None => {
            let mut status = 0;
            // SAFETY: reaping our own child (it has exited: the pidfd said so, or we killed it).
            unsafe { libc::wait4(jail.child.as_raw(), &mut status, 0, &mut rusage) };
            jail.reaped = true;
            // pid 1 did not report its children's times (the jail was killed): the
            // cgroup counted them, and pid 1's own.
            if let Some((user, system)) = cgroup.as_ref().and_then(Cgroup::cpu_times) {
                let time = |t: Duration| libc::timeval {
                    tv_sec: t.as_secs() as _,
                    tv_usec: t.subsec_micros() as _,
                };
                rusage.ru_utime = time(user);
                rusage.ru_stime = time(system);
            }
            None
        }
    };
    result?;
    if let Some((layer, message)) = state.failure {
        return Err(JailError::Setup { layer, message });
    }
    let wall = started.elapsed();
    let outcome = Outcome {
        wall_ms: wall.as_nanos() as f64 / 1e6,
        stdin: state.stdin,
        stderr_tail: std::mem::take(&mut state.stderr.tail),
        stdout: state.stdout.stats,
        stderr: state.stderr.stats,
        degradations: state.degradations,
        denied_calls: state.denied,
        watched_calls: state.watched,
        telemetry: state.telemetry.map(Telemetry::finish),
        interrupted_by: state.interrupted_by,
        limits_hit: Vec::new(),
        ..Outcome::default()
    };
    Ok(Ended {
        outcome,
        raw_status: state.status,
        timed_out: verdict == Verdict::Timeout,
        cpu_exceeded: verdict == Verdict::Cpu,
        disk_full: state.disk_full,
        rusage,
        cgroup,
        usage,
        work_dir: state.work_dir,
        userns,
        ids: None,
        unreaped,
    })
}

/// `clone` with fork semantics (no new stack) into new namespaces; the child
/// runs `sandbox::child_main`. Must be called while single-threaded.
fn clone_child(spec: &ChildSpec) -> Result<Pid, JailError> {
    let flags = (NAMESPACES | libc::SIGCHLD) as libc::c_ulong;
    // SAFETY: raw clone without CLONE_VM behaves like fork; the child never returns.
    let pid = unsafe { libc::syscall(libc::SYS_clone, flags, 0usize, 0usize, 0usize, 0usize) };
    match pid {
        0 => sandbox::child_main(spec),
        -1 => {
            let err = io::Error::last_os_error();
            let layer = match err.raw_os_error() {
                Some(libc::EPERM) | Some(libc::ENOSPC) | Some(libc::EUSERS) => Layer::UserNamespace,
                _ => Layer::Clone,
            };
            Err(JailError::setup(
                layer,
                format!("cannot create the jail's namespaces: {err}"),
            ))
        }
        pid => Ok(Pid::from_raw(pid as i32)),
    }
}

/// Parent side of steps 1 and 6b: ids, "go", then the cgroup, made while the
/// child builds its root; on v2 we move the child (that waits for an RCU grace
/// period, also in parallel), on v1 it moves itself through the `tasks` files
/// sent with "joined" (no global lock). The cgroup goes to `cgroup` as soon as
/// it exists, so that the caller removes it after reaping the child.
fn hand_over(
    job: &Supervised,
    role: sandbox::Role,
    child: Pid,
    cgroup: &mut Option<Cgroup>,
    userns: &mut Option<OwnedFd>,
) -> Result<Option<Degradation>, JailError> {
    let control = job.pipes.control.as_raw_fd();
    let written = match role {
        sandbox::Role::Program => job.ids.write_for(child),
        sandbox::Role::Template { .. } => job.ids.write_template_maps(child),
    };
    written.map_err(|e| {
        JailError::setup(
            Layer::Identity,
            format!("cannot write the uid/gid maps: {e}"),
        )
    })?;
    let own = nix::unistd::geteuid();
    if job.collect && !own.is_root() && own.as_raw() != job.ids.host_uid {
        // Now, while the child still has our identity and may be opened;
        // after "go" it becomes the jail user and undumpable.
        let path = format!("/proc/{child}/ns/user");
        let fd = nix::fcntl::open(
            path.as_str(),
            nix::fcntl::OFlag::O_RDONLY | nix::fcntl::OFlag::O_CLOEXEC,
            nix::sys::stat::Mode::empty(),
        )
        .map_err(|e| JailError::setup(Layer::UserNamespace, format!("{path}: {e}")))?;
        // SAFETY: a fresh fd we own.
        *userns = Some(unsafe { OwnedFd::from_raw_fd(fd) });
    }
    control::send(control, &Message::Go).map_err(|e| JailError::setup(Layer::Control, e))?;
    let (created, degradation) = create_cgroup(&job.cgroup)?;
    *cgroup = created;
    let tasks = match cgroup {
        Some(cgroup) => Some(
            cgroup
                .self_join_files()
                .map_err(|e| JailError::setup(Layer::Cgroup, e))?,
        ),
        None => None,
    };
    if let Some(cgroup) = cgroup
        .as_ref()
        .filter(|c| c.version() == cgroup::Version::V2)
    {
        cgroup.add(child).map_err(|e| {
            JailError::setup(
                Layer::Cgroup,
                format!("cannot move the jail into its cgroup: {e}"),
            )
        })?;
    }
    control::send(control, &Message::Joined(tasks))
        .map_err(|e| JailError::setup(Layer::Control, e))?;
    if let Some(tree) = job.work {
        files::send_work(control, tree)?;
    }
    Ok(degradation)
}

/// The cgroup, or with `--allow-degraded cgroup` none and the degradation.
fn create_cgroup(
    request: &CgroupRequest,
) -> Result<(Option<Cgroup>, Option<Degradation>), JailError> {
    match Cgroup::create(request.memory, request.pids) {
        Ok(cgroup) => Ok((Some(cgroup), None)),
        Err(err) if request.optional => Ok((
            None,
            Some(Degradation {
                layer: Layer::Cgroup,
                detail: format!(
                "{err}; memory, process and CPU limits are per process (RLIMIT_AS, RLIMIT_NPROC, \
                 RLIMIT_CPU); memory those do not count is bounded otherwise: memfd_create is \
                 refused and /tmp and /work together hold at most the memory limit"
            ),
            }),
        )),
        Err(err) => Err(JailError::setup(Layer::Cgroup, err)),
    }
}

fn kill_and_reap(child: Pid) {
    let _ = nix::sys::signal::kill(child, Signal::SIGKILL);
    let _ = nix::sys::wait::waitpid(child, None);
}

fn pidfd_open(pid: Pid) -> io::Result<OwnedFd> {
    // SAFETY: pidfd_open returns a new fd or -1.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid.as_raw(), 0) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a fresh fd we own.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as RawFd) })
}

/// Waits until the process behind `pidfd` has exited (not reaped).
fn wait_exited(pidfd: &OwnedFd) {
    loop {
        let mut fds = [PollFd::new(pidfd.as_fd(), PollFlags::POLLIN)];
        match poll(&mut fds, PollTimeout::NONE) {
            Err(nix::errno::Errno::EINTR) => continue,
            _ => return,
        }
    }
}

fn pidfd_kill(pidfd: RawFd) {
    // SAFETY: signalling through a pidfd cannot hit a recycled pid.
    unsafe {
        libc::syscall(
            libc::SYS_pidfd_send_signal,
            pidfd,
            libc::SIGKILL,
            0usize,
            0u32,
        )
    };
}

/// Why the watchdog killed the jail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    None,
    Timeout,
    Cpu,
}

/// Kills the jail at the deadline, or when the whole jail has used its CPU
/// time (all processes together, from the cgroup's accounting; RLIMIT_CPU
/// only bounds each process), from its own thread: it fires even if writing
/// our own output blocks.
struct Watchdog<'scope> {
    done: mpsc::Sender<()>,
    thread: std::thread::ScopedJoinHandle<'scope, Verdict>,
}

/// How often the jail's CPU time is checked.
const CPU_CHECK: Duration = Duration::from_millis(50);

impl<'scope> Watchdog<'scope> {
    fn start<'env>(
        scope: &'scope std::thread::Scope<'scope, 'env>,
        pidfd: &OwnedFd,
        deadline: Instant,
        cgroup: Option<&'env Cgroup>,
        cpu_limit: Duration,
    ) -> Watchdog<'scope> {
        let pidfd = pidfd.try_clone().expect("dup pidfd");
        let (done, wait) = mpsc::channel::<()>();
        let cpu_tracked = cgroup.filter(|c| c.cpu_usage().is_some());
        let thread = scope.spawn(move || loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let tick = if cpu_tracked.is_some() {
                left.min(CPU_CHECK)
            } else {
                left
            };
            match wait.recv_timeout(tick) {
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                _ => return Verdict::None,
            }
            let verdict = if Instant::now() >= deadline {
                Verdict::Timeout
            } else if cpu_tracked
                .and_then(Cgroup::cpu_usage)
                .is_some_and(|used| used >= cpu_limit)
            {
                Verdict::Cpu
            } else {
                continue;
            };
            pidfd_kill(pidfd.as_raw_fd());
            return verdict;
        });
        Watchdog { done, thread }
    }

    /// Tells the thread to end, without waiting for it.
    fn stop_soon(&self) {
        let _ = self.done.send(());
    }

    fn stop(self) -> Verdict {
        self.stop_soon();
        self.thread.join().unwrap_or(Verdict::None)
    }
}

/// How much of the end of a stream is kept (for hints such as a missing module).
const STREAM_TAIL: usize = 2048;

/// One output stream passed through up to the limit.
struct Stream {
    stats: StreamStats,
    limit: u64,
    open: bool,
    tail: Vec<u8>,
}

impl Stream {
    fn new(limit: u64) -> Stream {
        Stream {
            stats: StreamStats::default(),
            limit,
            open: true,
            tail: Vec::new(),
        }
    }

    /// Passes on what fits. Truncation is said on pyjail's own line and in
    /// the report, never inside the program's output, whose bytes stay its own.
    /// False when `out` has no reader any more (a broken pipe).
    fn pass(&mut self, data: &[u8], out: &mut dyn Write) -> bool {
        self.stats.bytes += data.len() as u64;
        let keep = &data[data.len().saturating_sub(STREAM_TAIL)..];
        let excess = (self.tail.len() + keep.len()).saturating_sub(STREAM_TAIL);
        self.tail.drain(..excess);
        self.tail.extend_from_slice(keep);
        let room = self.limit.saturating_sub(self.stats.shown) as usize;
        let shown = &data[..data.len().min(room)];
        let mut reader_gone = false;
        if !shown.is_empty() {
            let written = out.write_all(shown).and_then(|()| out.flush());
            reader_gone = written.is_err_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe);
            self.stats.shown += shown.len() as u64;
        }
        if shown.len() < data.len() {
            self.stats.truncated = true;
        }
        !reader_gone
    }
}

/// Telemetry lines with bounded memory: a head, a ring for the tail, counts.
struct Telemetry {
    capture: TelemetryCapture,
    head_bytes: usize,
    tail: VecDeque<String>,
    partial: Vec<u8>,
    open: bool,
}

impl Telemetry {
    fn new() -> Telemetry {
        Telemetry {
            capture: TelemetryCapture::default(),
            head_bytes: 0,
            tail: VecDeque::new(),
            partial: Vec::new(),
            open: true,
        }
    }

    fn feed(&mut self, data: &[u8]) {
        self.capture.bytes += data.len() as u64;
        for piece in data.split_inclusive(|&b| b == b'\n') {
            if self.partial.len() + piece.len() <= TELEMETRY_MAX_LINE {
                self.partial.extend_from_slice(piece);
            }
            if piece.ends_with(b"\n") {
                let line = String::from_utf8_lossy(&self.partial)
                    .trim_end()
                    .to_string();
                self.partial.clear();
                self.keep(line);
            }
        }
    }

    fn keep(&mut self, line: String) {
        if self.capture.head.len() < TELEMETRY_HEAD_LINES
            && self.head_bytes + line.len() <= TELEMETRY_HEAD_BYTES
        {
            self.head_bytes += line.len();
            self.capture.head.push(line);
            return;
        }
        if self.tail.len() == TELEMETRY_TAIL_LINES {
            self.tail.pop_front();
            self.capture.dropped_lines += 1;
        }
        self.tail.push_back(line);
    }

    fn finish(mut self) -> TelemetryCapture {
        if !self.partial.is_empty() {
            let line = String::from_utf8_lossy(&self.partial).to_string();
            self.keep(line);
        }
        self.capture.tail = self.tail.into();
        self.capture
    }
}

struct WatchState {
    work_dir: Option<OwnedFd>,
    stdin: StdinStats,
    stdout: Stream,
    stderr: Stream,
    telemetry: Option<Telemetry>,
    /// The listener, from its arrival until the recorder takes it.
    listener: Option<Listener>,
    denied: crate::outcome::DeniedCalls,
    watched: crate::outcome::WatchedCalls,
    degradations: Vec<Degradation>,
    failure: Option<(Layer, String)>,
    status: Option<i32>,
    /// pid 1's report was counted, and without `at_exit` pid 1 was killed
    /// (it waits for that).
    released: bool,
    /// What pid 1 said its reaped processes used.
    children: Option<ChildUsage>,
    disk_full: bool,
    interrupted_by: Option<i32>,
    control_open: bool,
    child_alive: bool,
}

impl WatchState {
    fn new(output_limit: u64) -> WatchState {
        WatchState {
            work_dir: None,
            stdin: StdinStats::default(),
            stdout: Stream::new(output_limit),
            stderr: Stream::new(output_limit),
            telemetry: None,
            listener: None,
            denied: Default::default(),
            watched: Default::default(),
            degradations: Vec::new(),
            failure: None,
            status: None,
            released: false,
            children: None,
            disk_full: false,
            interrupted_by: None,
            control_open: true,
            child_alive: true,
        }
    }

    /// With `at_exit`, done once the program's status is known and its
    /// streams have ended (pid 1 keeps none of them: they end with the
    /// program's last process, which pid 1 has reaped when it reports).
    fn busy(&self, at_exit: bool) -> bool {
        let streams =
            self.stdout.open || self.stderr.open || self.telemetry.as_ref().is_some_and(|t| t.open);
        if at_exit && self.status.is_some() && self.children.is_some() && !streams {
            return false;
        }
        self.child_alive || streams || self.control_open
    }
}

#[derive(Clone, Copy)]
enum Source {
    /// The stdin feed, waiting for what it says.
    Stdin(PollFlags),
    Stdout,
    Stderr,
    Telemetry,
    Control,
    Signals,
    Child,
}

/// What the watch loop watches besides the pipes: stop signals, the jail's
/// pid 1, and whether to end at the program's exit (a warm jail's answer).
struct Watched<'a, 'scope> {
    signals: &'a SignalFd,
    pidfd: &'a OwnedFd,
    watchdog: &'a Watchdog<'scope>,
    at_exit: bool,
}

fn watch<'scope>(
    job: &mut Supervised,
    state: &mut WatchState,
    watched: Watched<'_, 'scope>,
    recorder: &mut Option<Recorder<'scope>>,
) -> Result<(), JailError> {
    let Watched {
        signals,
        pidfd,
        watchdog,
        at_exit,
    } = watched;
    if job.pipes.telemetry.is_some() {
        state.telemetry = Some(Telemetry::new());
    }
    let mut buffer = vec![0u8; 64 * 1024];
    while state.busy(at_exit) {
        // A listener that arrived (on the control channel, or with a warm jail before the
        // watch) is read from now on: the program may be waiting on it already, with
        // nothing else to wake this poll.
        // Without a recorder (its failure is said already) the listener is closed: the
        // kernel then fails every call that would have waited on it.
        if let (Some(listener), Some(recorder)) = (state.listener.take(), recorder.as_mut()) {
            if let Err(err) = recorder.read(listener) {
                state.denied.failure =
                    Some(format!("cannot hand the recorder its listener: {err}"));
            }
        }
        let mut watched: Vec<(Source, RawFd)> = Vec::new();
        if let Some(feed) = &job.pipes.stdin {
            let (fd, events) = feed.waiting_on();
            watched.push((Source::Stdin(events), fd));
        }
        if let (true, Some(pipe)) = (state.stdout.open, &job.pipes.stdout) {
            watched.push((Source::Stdout, pipe.as_raw_fd()));
        }
        if let (true, Some(pipe)) = (state.stderr.open, &job.pipes.stderr) {
            watched.push((Source::Stderr, pipe.as_raw_fd()));
        }
        if let (Some(t), Some(fd)) = (&state.telemetry, &job.pipes.telemetry) {
            if t.open {
                watched.push((Source::Telemetry, fd.as_raw_fd()));
            }
        }
        if state.control_open {
            watched.push((Source::Control, job.pipes.control.as_raw_fd()));
        }
        if state.child_alive {
            watched.push((Source::Child, pidfd.as_raw_fd()));
            watched.push((Source::Signals, signals.as_raw_fd()));
        }
        let mut fds: Vec<PollFd> = watched
            .iter()
            // SAFETY: every fd is owned by `job`, `state` or the caller and outlives this poll.
            .map(|&(source, fd)| {
                let events = match source {
                    Source::Stdin(events) => events,
                    _ => PollFlags::POLLIN,
                };
                PollFd::new(unsafe { BorrowedFd::borrow_raw(fd) }, events)
            })
            .collect();
        match poll(&mut fds, PollTimeout::NONE) {
            Err(nix::errno::Errno::EINTR) => continue,
            Err(err) => return Err(JailError::setup(Layer::Supervisor, err)),
            Ok(_) => {}
        }
        let ready: Vec<(Source, PollFlags)> = watched
            .into_iter()
            .map(|(source, _)| source)
            .zip(
                fds.iter()
                    .map(|f| f.revents().unwrap_or(PollFlags::empty())),
            )
            .filter(|(_, r)| !r.is_empty())
            .collect();
        drop(fds);
        for (source, _) in ready {
            handle(job, state, source, &mut buffer, signals, pidfd)?;
        }
        if state.status.is_some() && !state.released {
            // pid 1 has ended every other task and waits: count, then let it
            // go. With `at_exit` it goes with the teardown (`Ended::unreaped`):
            // its exit, in which the kernel tears the jail down, neither
            // delays the answer nor shares our CPU meanwhile. The watchdog has
            // nothing left to watch: it ends meanwhile.
            watchdog.stop_soon();
            if let Some(started) = recorder.take() {
                let reading = started.is_reading();
                let record = started.finish(true);
                if reading {
                    (state.denied, state.watched) = record;
                }
            }
            if !at_exit {
                pidfd_kill(pidfd.as_raw_fd());
            }
            state.released = true;
        }
    }
    Ok(())
}

fn handle(
    job: &mut Supervised,
    state: &mut WatchState,
    source: Source,
    buffer: &mut [u8],
    signals: &SignalFd,
    pidfd: &OwnedFd,
) -> Result<(), JailError> {
    match source {
        Source::Stdin(_) => {
            if let Some(feed) = job.pipes.stdin.as_mut() {
                let more = feed.step();
                state.stdin = feed.stats.clone();
                if !more {
                    job.pipes.stdin = None; // closes the pipe: the program sees end of file
                }
            }
        }
        Source::Stdout => pass_on(&mut job.pipes.stdout, &mut state.stdout, job.stdout, buffer),
        Source::Stderr => pass_on(&mut job.pipes.stderr, &mut state.stderr, job.stderr, buffer),
        Source::Telemetry => {
            let (Some(fd), Some(t)) = (&job.pipes.telemetry, state.telemetry.as_mut()) else {
                return Ok(());
            };
            match read(fd, buffer) {
                Some(n) => t.feed(&buffer[..n]),
                None => t.open = false,
            }
        }
        Source::Control => match control::recv(&job.pipes.control) {
            Ok(Some(message)) => on_control(state, message, &job.program),
            Ok(None) | Err(_) => state.control_open = false,
        },
        Source::Signals => match signals.read_signal() {
            Ok(Some(info)) if info.ssi_signo == READER_GONE as u32 => {
                state.stdout.open = false;
                job.pipes.stdout = None;
            }
            Ok(Some(info)) => {
                state.interrupted_by = Some(info.ssi_signo as i32);
                pidfd_kill(pidfd.as_raw_fd());
            }
            _ => {}
        },
        Source::Child => state.child_alive = false,
    }
    Ok(())
}

/// Reads what the program wrote to `pipe` and passes it on to `out`; at the
/// pipe's end, or once `out` has no reader, the stream is done (the pipe is
/// closed in the second case: the program sees the reader gone).
fn pass_on(
    pipe: &mut Option<OwnedFd>,
    stream: &mut Stream,
    out: &mut dyn Write,
    buffer: &mut [u8],
) {
    let Some(fd) = pipe else {
        stream.open = false;
        return;
    };
    match read(fd, buffer) {
        Some(n) => {
            if !stream.pass(&buffer[..n], out) {
                stream.open = false;
                *pipe = None;
            }
        }
        None => stream.open = false,
    }
}

fn on_control(state: &mut WatchState, message: Message, program: &crate::seccomp::Program) {
    match message {
        Message::Listener(fd) => {
            state.listener = Some(Listener::new(
                fd,
                program.clone(),
                Prologue::InterpreterStart,
            ));
            state.denied.recorded = true;
            state.watched.recorded = true;
        }
        Message::Failed { layer, message } => state.failure = Some((layer, message)),
        Message::Degraded { layer, detail } => {
            state.degradations.push(Degradation { layer, detail });
        }
        Message::Exited {
            status,
            scratch_full,
            children,
        } => {
            state.status = Some(status);
            state.children = Some(children);
            state.disk_full = scratch_full;
        }
        Message::Work(dir) => state.work_dir = Some(dir),
        // Only the supervisor sends these, or they belong to the hand-over.
        Message::Go
        | Message::Forked(_)
        | Message::Joined(_)
        | Message::MakeDir(_)
        | Message::CopyIn { .. }
        | Message::CopyDone
        | Message::Copied => {}
    }
}

/// Reads what is there; None at end of file.
fn read(fd: &OwnedFd, buffer: &mut [u8]) -> Option<usize> {
    loop {
        return match nix::unistd::read(fd.as_raw_fd(), buffer) {
            Ok(0) => None,
            Ok(n) => Some(n),
            Err(nix::errno::Errno::EINTR) => continue,
            Err(nix::errno::Errno::EAGAIN) => Some(0),
            Err(_) => None,
        };
    }
}

/// Which limits explain how the run ended.
pub fn limits_hit(
    ended: &Ended,
    cpu_limit: Duration,
    usage: Option<crate::cgroup::Usage>,
) -> Vec<Limit> {
    let mut hit = Vec::new();
    let signal = ended
        .raw_status
        .filter(|s| libc::WIFSIGNALED(*s))
        .map(|s| libc::WTERMSIG(s));
    if ended.timed_out {
        hit.push(Limit::Timeout);
    }
    // The kernel sends SIGXCPU and SIGKILL when a process' CPU time reaches its limits,
    // but the program can send itself either: only the jail's CPU time, which counts
    // every process', says the limit was reached.
    let cpu_used = ended.outcome.cpu_ms();
    let cpu_reached = cpu_used >= cpu_limit.as_secs_f64() * 1000.0 - 50.0;
    let cpu_killed = ended.cpu_exceeded
        || (matches!(signal, Some(libc::SIGXCPU | libc::SIGKILL)) && cpu_reached);
    if cpu_killed {
        hit.push(Limit::Cpu);
    }
    if let Some(usage) = usage {
        if usage.oom_kills > 0 {
            hit.push(Limit::Memory);
        }
        if usage.pids_refused > 0 {
            hit.push(Limit::Pids);
        }
    }
    if signal == Some(libc::SIGXFSZ) {
        hit.push(Limit::FileSize);
    }
    if ended.disk_full {
        hit.push(Limit::Disk);
    }
    if ended.outcome.stdout.truncated || ended.outcome.stderr.truncated {
        hit.push(Limit::Output);
    }
    hit
}
