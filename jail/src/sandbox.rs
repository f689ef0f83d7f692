//! The jail's set-up, in order, as run by its first process (pid 1 of the new
//! pid namespace) right after `clone`. Every step either succeeds or the run is
//! refused: the step's layer and error go to the supervisor, which exits 125.
//!
//! 1. die with the supervisor (parent-death signal); wait for it to write
//!    our uid/gid maps; let go of the CPU we were started on (`cpu.rs`);
//!    unless we inherited the network namespace the supervisor made ahead,
//!    start making our own on a helper thread (`net.rs`; a warm jail makes
//!    and enters it here)
//! 2. (moved to 6b: joining the cgroup can take milliseconds, so the
//!    supervisor does it while we build the root)
//! 3. make mounts private, open the bind sources (still with our host identity)
//! 4. become the jail user (uid/gid 1000; no supplementary groups unless
//!    the jail has the caller's own ids, `user.rs`; the namespace's
//!    capabilities are kept until step 10); this clears the parent-death
//!    signal, so it is set again
//! 5. build the new root and pivot into it (`rootfs.rs`)
//! 6. enter our own network namespace (loopback is up), then detach the
//!    host's tree and seal the root: the detach took 0.78 ms instead of 0.08
//!    while a namespace was being made on the other CPU; set the hostname
//!    6b. wait for the cgroup, which the supervisor creates meanwhile: it
//!    has placed us in it (v2), or sends the v1 `tasks` files for us to
//!    move ourselves (fast: no global lock), or says there is none; then
//!    unshare the cgroup namespace (our cgroup becomes `/`)
//!    6c. fill /work with what the supervisor sends (`--work`: it opens the
//!    files with the caller's rights; copying here, after joining the
//!    cgroup, charges the copies to the jail); send the supervisor a
//!    descriptor of /work to collect from after the run (`--out`)
//! 7. new session (no controlling terminal), rlimits, undumpable (the program
//!    cannot read this process' memory)
//! 8. no_new_privs
//! 9. Landlock
//! 10. drop every capability
//! 11. close inherited fds
//! 12. seccomp; the listener goes to the supervisor
//! 13. fork the interpreter, close our copies of its streams, reap
//!     everything, report its status, exit (which makes the kernel kill
//!     whatever is left in the namespace)

use std::convert::Infallible;
use std::ffi::CString;
use std::os::fd::{AsRawFd, RawFd};

use crate::control::{self, Message};
use crate::layer::Layer;
use crate::profile::Limits;
use crate::rootfs::{self, Plan};
use crate::seccomp::Program;
use crate::{caps, landlock, net, rlimits, user};

/// Everything the child needs, prepared by the supervisor before `clone`.
pub struct ChildSpec {
    pub plan: Plan,
    pub limits: Limits,
    pub landlock_optional: bool,
    /// Ask the kernel for a seccomp listener.
    pub notify: bool,
    /// Clear supplementary groups (`setgroups` is allowed in our namespace).
    pub drop_groups: bool,
    /// Set-up spread over two CPUs (`cpu.rs`); None on one.
    pub placement: Option<crate::cpu::Placement>,
    /// Where the network namespace comes from (`net.rs`): a cold run waits
    /// for its set-up, a warm jail does not.
    pub network: net::Source,
    pub seccomp: Program,
    /// The profile's list, compiled again less [`crate::seccomp::UNCOUNTED_MEMORY`]
    /// when no cgroup charges the jail's memory.
    pub syscalls: Vec<String>,
    pub argv: Vec<CString>,
    pub envp: Vec<CString>,
    pub fds: ChildFds,
    /// The supervisor sends files for /work (`--work`).
    pub copy_in: bool,
    /// Send the supervisor a descriptor of /work (`--out`).
    pub collect: bool,
    pub role: Role,
}

/// What the jail's interpreter is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Runs a program: a cold run's, or a warm jail's job.
    Program,
    /// Forks jails (`template.rs`), and runs no program. Each jail it forks
    /// applies Landlock after its own mounts (a Landlock domain may not
    /// mount) and its own CPU limit, so the template has neither; it keeps
    /// CAP_SETUID and CAP_SETGID in its user namespace to take each forked
    /// jail's host ids. `requests` becomes its fd 4.
    Template { requests: RawFd },
}

pub struct ChildFds {
    pub control: RawFd,
    /// Read end of the pipe the supervisor feeds the program's stdin into.
    pub stdin: Option<RawFd>,
    pub stdout: RawFd,
    pub stderr: RawFd,
    pub telemetry: Option<RawFd>,
}

/// A failed step: which layer, and what happened.
struct Failure(Layer, String);

trait InLayer<T> {
    fn layer(self, layer: Layer) -> Result<T, Failure>;
}

impl<T, E: std::fmt::Display> InLayer<T> for Result<T, E> {
    fn layer(self, layer: Layer) -> Result<T, Failure> {
        self.map_err(|e| Failure(layer, e.to_string()))
    }
}

fn report(ctl: RawFd, message: &Message) {
    // Nothing to do if the supervisor is gone: we die with it.
    let _ = control::send(ctl, message);
}

fn degraded(ctl: RawFd, layer: Layer, detail: impl Into<String>) {
    let detail = detail.into();
    report(ctl, &Message::Degraded { layer, detail });
}

/// Entry point of the cloned child. Never returns.
pub fn child_main(spec: &ChildSpec) -> ! {
    let Err(Failure(layer, message)) = set_up_and_run(spec);
    report(spec.fds.control, &Message::Failed { layer, message });
    // SAFETY: _exit is always safe; nothing of ours needs unwinding.
    unsafe { libc::_exit(125) }
}

fn set_up_and_run(spec: &ChildSpec) -> Result<Infallible, Failure> {
    let ctl = spec.fds.control;
    unblock_signals();
    // 1.
    die_with_supervisor(ctl)?;
    if !matches!(
        control::recv(&BorrowedRaw(ctl)).layer(Layer::Control)?,
        Some(Message::Go)
    ) {
        return Err(Failure(Layer::Control, "the supervisor went away".into()));
    }
    if let Some(placement) = &spec.placement {
        placement.release();
    }
    let own_network = match spec.network {
        net::Source::Inherited => None,
        source => Some(
            net::prepare(spec.placement.as_ref(), source == net::Source::OwnOnThread)
                .layer(Layer::Network)?,
        ),
    };
    // 3.
    let sources = rootfs::open_sources(&spec.plan).layer(Layer::Mount)?;
    // 4.
    user::become_jail_user(spec.drop_groups).layer(Layer::Identity)?;
    die_with_supervisor(ctl)?;
    // 5.
    let pivoted = rootfs::build(&spec.plan, sources).layer(Layer::Mount)?;
    // 6.
    if let Some(network) = own_network {
        network.enter().layer(Layer::Network)?;
    }
    pivoted.seal().layer(Layer::Mount)?;
    nix::unistd::sethostname("pyjail").layer(Layer::UtsNamespace)?;
    // 6b.
    let cgroup = match control::recv(&BorrowedRaw(ctl)).layer(Layer::Control)? {
        Some(Message::Joined(cgroup)) => cgroup,
        _ => return Err(Failure(Layer::Control, "the supervisor went away".into())),
    };
    let without_cgroup = cgroup.is_none();
    crate::cgroup::join_self(cgroup.unwrap_or_default()).layer(Layer::Cgroup)?;
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWCGROUP).layer(Layer::CgroupNamespace)?;
    // 6c.
    if spec.copy_in {
        crate::files::receive_work(ctl).map_err(|message| Failure(Layer::Work, message))?;
    }
    if spec.collect {
        let work = nix::fcntl::open(
            rootfs::WORK_DIR,
            nix::fcntl::OFlag::O_DIRECTORY
                | nix::fcntl::OFlag::O_RDONLY
                | nix::fcntl::OFlag::O_CLOEXEC,
            nix::sys::stat::Mode::empty(),
        )
        .layer(Layer::Work)?;
        // SAFETY: a fresh fd we own; sending passes a duplicate.
        let work = unsafe { std::os::fd::FromRawFd::from_raw_fd(work) };
        control::send(ctl, &Message::Work(work)).layer(Layer::Control)?;
    }
    // 7.
    nix::unistd::setsid().layer(Layer::Session)?;
    let mut limits = rlimits::settings(&spec.limits, without_cgroup);
    if matches!(spec.role, Role::Template { .. }) {
        // Lives as long as the server; what it forks sets its own.
        limits.retain(|setting| setting.resource != nix::sys::resource::Resource::RLIMIT_CPU);
    }
    rlimits::apply(&limits).layer(Layer::Rlimits)?;
    caps::set_undumpable().layer(Layer::Capabilities)?;
    // 8.
    caps::set_no_new_privs().layer(Layer::NoNewPrivs)?;
    // 9.
    let writable = [rootfs::WORK_DIR, rootfs::TMP_DIR];
    let landlock = match spec.role {
        Role::Program => landlock::restrict(&writable, rootfs::WRITABLE_DEVICES),
        Role::Template { .. } => Ok(landlock::Enforcement::Full),
    };
    match landlock {
        Ok(landlock::Enforcement::Full) => {}
        Ok(landlock::Enforcement::Partial) => degraded(
            ctl,
            Layer::Landlock,
            "the kernel's Landlock ABI lacks some rights pyjail asks for",
        ),
        Err(err) if spec.landlock_optional => degraded(ctl, Layer::Landlock, err.to_string()),
        Err(err) => return Err(Failure(Layer::Landlock, err.to_string())),
    }
    // 10.
    match spec.role {
        Role::Program => caps::drop_all(),
        Role::Template { .. } => caps::keep_only_setid(),
    }
    .layer(Layer::Capabilities)?;
    // 11.
    let mut keep = vec![ctl, spec.fds.stdout, spec.fds.stderr];
    if let Role::Template { requests } = spec.role {
        keep.push(requests);
    }
    keep.extend(spec.fds.telemetry);
    keep.extend(spec.fds.stdin);
    quiet_stdio().layer(Layer::Fds)?;
    close_all_except(&keep);
    // 12.
    install_seccomp(spec, without_cgroup)?;
    // 13.
    let interpreter = spawn_interpreter(spec)?;
    // The program's streams are its own from here: they end with its last
    // process, and the supervisor need not wait for ours.
    // A template's request socket too: when its interpreter ends, those who
    // send requests see the socket closed.
    let requests = match spec.role {
        Role::Template { requests } => Some(requests),
        Role::Program => None,
    };
    for fd in [spec.fds.stdout, spec.fds.stderr]
        .into_iter()
        .chain(spec.fds.telemetry)
        .chain(spec.fds.stdin)
        .chain(requests)
    {
        // SAFETY: closing fds of ours that nothing else here uses.
        unsafe { libc::close(fd) };
    }
    init(ctl, interpreter)
}

/// Starts the interpreter as posix_spawn does: the child shares our memory
/// and we sleep until its execve, so no page tables are copied (a fork of
/// this process cost ~0.15 ms).
fn spawn_interpreter(spec: &ChildSpec) -> Result<libc::pid_t, Failure> {
    let mut stack = vec![0u8; 256 * 1024];
    let flags = nix::sched::CloneFlags::CLONE_VM | nix::sched::CloneFlags::CLONE_VFORK;
    // SAFETY: we are single-threaded and suspended until the child has called
    // execve or _exit; the child only resets its own signal dispositions and
    // fds (not shared without CLONE_SIGHAND and CLONE_FILES), then execs.
    let pid = unsafe {
        nix::sched::clone(
            Box::new(|| exec_interpreter(spec)),
            &mut stack,
            flags,
            Some(libc::SIGCHLD),
        )
    };
    pid.map(|pid| pid.as_raw()).layer(Layer::Fork)
}

/// SIGKILL when the supervisor dies (even by SIGKILL): as pid 1 of the jail,
/// our death takes every jailed process with it. Checks the supervisor is still
/// there, in case it died before the signal was armed.
fn die_with_supervisor(ctl: RawFd) -> Result<(), Failure> {
    // SAFETY: plain integer prctl.
    if unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) } < 0 {
        return Err(Failure(
            Layer::Supervisor,
            std::io::Error::last_os_error().to_string(),
        ));
    }
    let mut fds = [libc::pollfd {
        fd: ctl,
        events: 0,
        revents: 0,
    }];
    // SAFETY: polling one fd we own, without waiting.
    unsafe { libc::poll(fds.as_mut_ptr(), 1, 0) };
    if fds[0].revents & libc::POLLHUP != 0 {
        // SAFETY: always safe.
        unsafe { libc::_exit(125) };
    }
    Ok(())
}

struct BorrowedRaw(RawFd);

impl AsRawFd for BorrowedRaw {
    fn as_raw_fd(&self) -> RawFd {
        self.0
    }
}

fn unblock_signals() {
    let _ = nix::sys::signal::sigprocmask(
        nix::sys::signal::SigmaskHow::SIG_SETMASK,
        Some(&nix::sys::signal::SigSet::empty()),
        None,
    );
}

/// Points stdin, stdout and stderr at /dev/null: pyjail's own (perhaps a
/// terminal) must not stay open in the jail, nor in a detached teardown.
pub(crate) fn quiet_stdio() -> std::io::Result<()> {
    let null = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")?;
    for fd in 0..3 {
        nix::unistd::dup2(null.as_raw_fd(), fd)?;
    }
    Ok(())
}

/// Closes every fd from 3 up except `keep`.
pub(crate) fn close_all_except(keep: &[RawFd]) {
    let mut keep = keep.to_vec();
    keep.sort_unstable();
    let mut first: u32 = 3;
    for &fd in &keep {
        let fd = fd as u32;
        if fd > first {
            close_range(first, fd - 1, 0);
        }
        first = first.max(fd + 1);
    }
    close_range(first, u32::MAX, 0);
}

/// `close_range(2)` by its system call, which every libc pyjail builds with
/// can make (musl has no wrapper). Only for fds this process does not use: it
/// closes them, or marks them close-on-exec with `CLOSE_RANGE_CLOEXEC`.
pub fn close_range(first: u32, last: u32, flags: libc::c_uint) {
    // SAFETY: the call takes plain integers; the callers pass fds they own and
    // no longer use.
    unsafe { libc::syscall(libc::SYS_close_range, first, last, flags) };
}

fn install_seccomp(spec: &ChildSpec, without_cgroup: bool) -> Result<(), Failure> {
    let ctl = spec.fds.control;
    let without_uncounted;
    let program = if without_cgroup {
        let allowed = crate::seccomp::without_uncounted_memory(&spec.syscalls);
        without_uncounted = crate::seccomp::compile(&allowed).layer(Layer::Seccomp)?;
        &without_uncounted
    } else {
        &spec.seccomp
    };
    if let Role::Template { .. } = spec.role {
        return program
            .for_template()
            .install(false)
            .map(drop)
            .layer(Layer::Seccomp);
    }
    if spec.notify {
        match program.with_notifications().install(true) {
            Ok(Some(listener)) => {
                return control::send(ctl, &Message::Listener(listener))
                    .layer(Layer::SeccompNotify);
            }
            Ok(None) => unreachable!("install(true) returns the listener"),
            // Kernels before 5.0 do not know the flag: fall back to plain EPERM.
            Err(err) if err.raw_os_error() == Some(libc::EINVAL) => degraded(
                ctl,
                Layer::SeccompNotify,
                format!("user notification unavailable ({err}): denied calls are refused but not recorded"),
            ),
            Err(err) => return Err(Failure(Layer::Seccomp, err.to_string())),
        }
    }
    program.install(false).map(drop).layer(Layer::Seccomp)
}

/// The interpreter's side of the fork: stdio, signals, exec.
fn exec_interpreter(spec: &ChildSpec) -> ! {
    reset_signal_dispositions();
    // Without a stdin feed, fd 0 is already /dev/null (quiet_stdio).
    let mut moves = vec![
        (spec.fds.stdin.unwrap_or(0), 0),
        (spec.fds.stdout, 1),
        (spec.fds.stderr, 2),
    ];
    if let Some(telemetry) = spec.fds.telemetry {
        moves.push((telemetry, 3));
    }
    if let Role::Template { requests } = spec.role {
        moves.push((requests, 4));
    }
    for (from, to) in moves {
        // SAFETY: plain fd operations on fds we own.
        unsafe {
            if from == to {
                libc::fcntl(to, libc::F_SETFD, 0);
            } else {
                libc::dup2(from, to);
            }
        }
    }
    let first_closed = match (spec.role, spec.fds.telemetry) {
        (Role::Template { .. }, _) => 5,
        (Role::Program, Some(_)) => 4,
        (Role::Program, None) => 3,
    };
    // Every other fd is marked close-on-exec: the control socket stays usable
    // until execve succeeds.
    close_range(first_closed, u32::MAX, libc::CLOSE_RANGE_CLOEXEC);
    let argv: Vec<*const libc::c_char> = ptrs(&spec.argv);
    let envp: Vec<*const libc::c_char> = ptrs(&spec.envp);
    // SAFETY: NULL-terminated arrays of live C strings.
    unsafe { libc::execve(argv[0], argv.as_ptr(), envp.as_ptr()) };
    let err = std::io::Error::last_os_error();
    let what = format!("cannot execute {}: {err}", spec.argv[0].to_string_lossy());
    report(
        spec.fds.control,
        &Message::Failed {
            layer: Layer::Exec,
            message: what,
        },
    );
    // SAFETY: always safe.
    unsafe { libc::_exit(125) }
}

fn ptrs(strings: &[CString]) -> Vec<*const libc::c_char> {
    strings
        .iter()
        .map(|s| s.as_ptr())
        .chain([std::ptr::null()])
        .collect()
}

fn reset_signal_dispositions() {
    for signal in 1..32 {
        if signal != libc::SIGKILL && signal != libc::SIGSTOP {
            // SAFETY: restoring the default action.
            unsafe { libc::signal(signal, libc::SIG_DFL) };
        }
    }
}

/// pid 1's job: reap every process (orphans end up here), and when the
/// interpreter ends, kill and reap whatever is left in the namespace
/// (double-forked daemons included), report the interpreter's raw wait
/// status, and stay until the supervisor lets go. Staying keeps the seccomp
/// filter held while no other task can make a call: the supervisor counts
/// the notifications signals withdrew to the end (`notify.rs`), which the
/// kernel stops counting once no task holds the filter.
fn init(ctl: RawFd, interpreter: libc::pid_t) -> ! {
    let mut status = 0;
    loop {
        // SAFETY: waiting for any child.
        let pid = unsafe { libc::waitpid(-1, &mut status, 0) };
        if pid == interpreter {
            break;
        }
        if pid < 0 && std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            break;
        }
    }
    // Every other process in the namespace descends from us (we adopt its
    // orphans), so with no child left there is nothing to end. The kill is a
    // call the supervisor judges before it goes out (`endings.rs`), a round
    // trip that most programs, which leave nothing running, are spared.
    let mut ignored = 0;
    // SAFETY: polling for any child, without waiting.
    let none_left = unsafe { libc::waitpid(-1, &mut ignored, libc::WNOHANG) } < 0
        && std::io::Error::last_os_error().raw_os_error() == Some(libc::ECHILD);
    if !none_left {
        // SAFETY: from a namespace's pid 1, -1 is every other process in it.
        unsafe { libc::kill(-1, libc::SIGKILL) };
        loop {
            // SAFETY: waiting for any child.
            let pid = unsafe { libc::waitpid(-1, &mut ignored, 0) };
            if pid < 0 && std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
                break;
            }
        }
    }
    let scratch_full = is_full(rootfs::TMP_DIR) || is_full(rootfs::WORK_DIR);
    let sent = control::send(
        ctl,
        &Message::Exited {
            status,
            scratch_full,
            children: children_usage(),
        },
    );
    if sent.is_ok() {
        // The supervisor kills us once it has counted; end of file or an
        // error (it is gone) ends the wait as well.
        let mut byte = 0u8;
        loop {
            // SAFETY: reading one byte into a local.
            let n = unsafe { libc::read(ctl, (&mut byte as *mut u8).cast(), 1) };
            if n >= 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
                break;
            }
        }
    }
    // SAFETY: always safe.
    unsafe { libc::_exit(0) }
}

/// What the processes we reaped used.
fn children_usage() -> control::ChildUsage {
    // SAFETY: an all-zero rusage is a valid value to be overwritten.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage fills the struct it is given.
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    let us = |t: libc::timeval| t.tv_sec.max(0) as u64 * 1_000_000 + t.tv_usec.max(0) as u64;
    control::ChildUsage {
        user_us: us(usage.ru_utime),
        system_us: us(usage.ru_stime),
        max_rss_kb: usage.ru_maxrss.max(0) as u64,
    }
}

/// A scratch tmpfs with (almost) no room left.
// statfs' block size is a signed word with glibc and an unsigned one with musl.
#[allow(clippy::unnecessary_cast)]
fn is_full(dir: &str) -> bool {
    nix::sys::statfs::statfs(dir)
        .is_ok_and(|s| s.blocks_available() * (s.block_size() as u64) < 64 * 1024)
}
