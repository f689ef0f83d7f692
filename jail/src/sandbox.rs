//! The jail's set-up, in order, as run by its first process (pid 1 of the new
//! pid namespace) right after `clone`. Every step either succeeds or the run is
//! refused: the step's layer and error go to the supervisor, which exits 125.
//!
//! 1. die with the supervisor (parent-death signal); wait for it to write
//!    our uid/gid maps; let go of the CPU we were started on (`cpu.rs`);
//!    start making the network namespace on a helper thread (`net.rs`)
//! 2. (moved to 6b: joining the cgroup can take milliseconds, so the
//!    supervisor does it while we build the root)
//! 3. make mounts private, open the bind sources (still with our host identity)
//! 4. become the jail user (uid/gid 1000; no supplementary groups unless
//!    the jail has the caller's own ids, `user.rs`; the namespace's
//!    capabilities are kept until step 10); this clears the parent-death
//!    signal, so it is set again
//! 5. build the new root and pivot into it (`rootfs.rs`)
//! 6. enter the network namespace (loopback is up), set the hostname
//!    6b. wait for the cgroup, which the supervisor creates meanwhile: it
//!    has placed us in it (v2), or sends the v1 `tasks` files for us to
//!    move ourselves (fast: no global lock), or says there is none; then
//!    unshare the cgroup namespace (our cgroup becomes `/`)
//! 7. new session (no controlling terminal), rlimits, undumpable (the program
//!    cannot read this process' memory)
//! 8. no_new_privs
//! 9. Landlock
//! 10. drop every capability
//! 11. close inherited fds
//! 12. seccomp; the listener goes to the supervisor
//! 13. fork the interpreter, reap everything, report its status, exit
//!     (which makes the kernel kill whatever is left in the namespace)

use std::convert::Infallible;
use std::ffi::CString;
use std::os::fd::{AsRawFd, RawFd};

use crate::control;
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
    pub seccomp: Program,
    pub argv: Vec<CString>,
    pub envp: Vec<CString>,
    pub fds: ChildFds,
}

pub struct ChildFds {
    pub control: RawFd,
    /// Read end of the pipe the supervisor feeds `--stdin` into.
    pub stdin: Option<RawFd>,
    pub stdout: RawFd,
    pub stderr: RawFd,
    pub telemetry: Option<RawFd>,
}

/// A failed step: which layer, and what happened.
struct Failure(&'static str, String);

trait Layer<T> {
    fn layer(self, name: &'static str) -> Result<T, Failure>;
}

impl<T, E: std::fmt::Display> Layer<T> for Result<T, E> {
    fn layer(self, name: &'static str) -> Result<T, Failure> {
        self.map_err(|e| Failure(name, e.to_string()))
    }
}

/// Entry point of the cloned child. Never returns.
pub fn child_main(spec: &ChildSpec) -> ! {
    let Err(Failure(layer, message)) = set_up_and_run(spec);
    control::send_pair(spec.fds.control, control::FAILED, layer, &message);
    // SAFETY: _exit is always safe; nothing of ours needs unwinding.
    unsafe { libc::_exit(125) }
}

fn set_up_and_run(spec: &ChildSpec) -> Result<Infallible, Failure> {
    let ctl = spec.fds.control;
    unblock_signals();
    // 1.
    die_with_supervisor(ctl)?;
    let go = control::recv(&BorrowedRaw(ctl)).layer("control")?;
    if go.is_none_or(|m| m.tag != control::GO) {
        return Err(Failure("control", "the supervisor went away".into()));
    }
    if let Some(placement) = &spec.placement {
        placement.release();
    }
    let network = net::prepare(spec.placement.as_ref()).layer("network")?;
    // 3.
    let sources = rootfs::open_sources(&spec.plan).layer("mount")?;
    // 4.
    user::become_jail_user(spec.drop_groups).layer("identity")?;
    die_with_supervisor(ctl)?;
    // 5.
    rootfs::build(&spec.plan, sources).layer("mount")?;
    // 6.
    network.enter().layer("network")?;
    nix::unistd::sethostname("pyjail").layer("uts-namespace")?;
    // 6b.
    let joined = match control::recv(&BorrowedRaw(ctl)).layer("control")? {
        Some(message) if message.tag == control::JOINED => message,
        _ => return Err(Failure("control", "the supervisor went away".into())),
    };
    let without_cgroup = joined.body.first() == Some(&1);
    crate::cgroup::join_self(joined.fds).layer("cgroup")?;
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWCGROUP).layer("cgroup-namespace")?;
    // 7.
    nix::unistd::setsid().layer("session")?;
    rlimits::apply(&spec.limits, without_cgroup).layer("rlimits")?;
    caps::set_undumpable().layer("capabilities")?;
    // 8.
    caps::set_no_new_privs().layer("no-new-privs")?;
    // 9.
    let writable = [rootfs::WORK_DIR, rootfs::TMP_DIR];
    match landlock::restrict(&writable, rootfs::WRITABLE_DEVICES) {
        Ok(landlock::Enforcement::Full) => {}
        Ok(landlock::Enforcement::Partial) => control::send_pair(
            ctl,
            control::DEGRADED,
            "landlock",
            "the kernel's Landlock ABI lacks some rights pyjail asks for",
        ),
        Err(err) if spec.landlock_optional => {
            control::send_pair(ctl, control::DEGRADED, "landlock", &err.to_string())
        }
        Err(err) => return Err(Failure("landlock", err.to_string())),
    }
    // 10.
    caps::drop_all().layer("capabilities")?;
    // 11.
    let mut keep = vec![ctl, spec.fds.stdout, spec.fds.stderr];
    keep.extend(spec.fds.telemetry);
    keep.extend(spec.fds.stdin);
    quiet_stdio().layer("fds")?;
    close_all_except(&keep);
    // 12.
    install_seccomp(spec)?;
    // 13.
    let interpreter = spawn_interpreter(spec)?;
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
    pid.map(|pid| pid.as_raw()).layer("fork")
}

/// SIGKILL when the supervisor dies (even by SIGKILL): as pid 1 of the jail,
/// our death takes every jailed process with it. Checks the supervisor is still
/// there, in case it died before the signal was armed.
fn die_with_supervisor(ctl: RawFd) -> Result<(), Failure> {
    // SAFETY: plain integer prctl.
    if unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) } < 0 {
        return Err(Failure(
            "supervisor",
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

/// pyjail's own stdin/stdout/stderr (perhaps a terminal) must not stay open here.
fn quiet_stdio() -> std::io::Result<()> {
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
fn close_all_except(keep: &[RawFd]) {
    let mut keep = keep.to_vec();
    keep.sort_unstable();
    let mut first: u32 = 3;
    for &fd in &keep {
        let fd = fd as u32;
        if fd > first {
            // SAFETY: closing fds we do not use.
            unsafe { libc::close_range(first, fd - 1, 0) };
        }
        first = first.max(fd + 1);
    }
    // SAFETY: as above.
    unsafe { libc::close_range(first, u32::MAX, 0) };
}

fn install_seccomp(spec: &ChildSpec) -> Result<(), Failure> {
    let ctl = spec.fds.control;
    if spec.notify {
        match spec.seccomp.with_notifications().install(true) {
            Ok(Some(listener)) => {
                return control::send(ctl, control::LISTENER, b"", &[listener.as_raw_fd()])
                    .layer("seccomp-notify");
            }
            Ok(None) => unreachable!("install(true) returns the listener"),
            // Kernels before 5.0 do not know the flag: fall back to plain EPERM.
            Err(err) if err.raw_os_error() == Some(libc::EINVAL) => control::send_pair(
                ctl,
                control::DEGRADED,
                "seccomp-notify",
                &format!("user notification unavailable ({err}): denied calls are refused but not recorded"),
            ),
            Err(err) => return Err(Failure("seccomp", err.to_string())),
        }
    }
    spec.seccomp.install(false).map(drop).layer("seccomp")
}

/// The interpreter's side of the fork: stdio, signals, exec.
fn exec_interpreter(spec: &ChildSpec) -> ! {
    reset_signal_dispositions();
    // Without --stdin, fd 0 is already /dev/null (quiet_stdio).
    let mut moves = vec![
        (spec.fds.stdin.unwrap_or(0), 0),
        (spec.fds.stdout, 1),
        (spec.fds.stderr, 2),
    ];
    if let Some(telemetry) = spec.fds.telemetry {
        moves.push((telemetry, 3));
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
    let first_closed = if spec.fds.telemetry.is_some() { 4 } else { 3 };
    // SAFETY: marks every other fd close-on-exec; the control socket stays
    // usable until execve succeeds.
    unsafe { libc::close_range(first_closed, u32::MAX, libc::CLOSE_RANGE_CLOEXEC as i32) };
    let argv: Vec<*const libc::c_char> = ptrs(&spec.argv);
    let envp: Vec<*const libc::c_char> = ptrs(&spec.envp);
    // SAFETY: NULL-terminated arrays of live C strings.
    unsafe { libc::execve(argv[0], argv.as_ptr(), envp.as_ptr()) };
    let err = std::io::Error::last_os_error();
    let what = format!("cannot execute {}: {err}", spec.argv[0].to_string_lossy());
    control::send_pair(spec.fds.control, control::FAILED, "exec", &what);
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
/// interpreter ends, report its raw wait status and exit. The kernel then
/// kills everything left in the namespace: double-forked daemons included.
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
    let mut report = status.to_le_bytes().to_vec();
    report.push(u8::from(is_full(rootfs::TMP_DIR)) | u8::from(is_full(rootfs::WORK_DIR)) << 1);
    let _ = control::send(ctl, control::EXITED, &report, &[]);
    // SAFETY: always safe.
    unsafe { libc::_exit(0) }
}

/// A scratch tmpfs with (almost) no room left.
fn is_full(dir: &str) -> bool {
    nix::sys::statfs::statfs(dir)
        .is_ok_and(|s| s.blocks_available() * (s.block_size() as u64) < 64 * 1024)
}
