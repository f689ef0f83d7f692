//! Network: the jail has its own network namespace with nothing but a
//! loopback interface, brought up here so that local sockets work. No route
//! leads out, not even to the host's 127.0.0.1 (a different loopback).
//!
//! Creating a network namespace costs 0.3-0.45 ms on a quiet host here and
//! 0.65-0.75 ms on a busy one (its sysctl tables, the loopback device), more
//! than all the other namespaces together, so it is made on a helper thread
//! beside other work:
//! - [`Ahead`]: the supervisor makes it while it starts (resolving the
//!   interpreter, planning the root), on a thread sent to another CPU,
//!   moves itself in just before `clone`, and the jail inherits it
//!   ([`Source::Inherited`]). The namespace then belongs to the supervisor's
//!   user namespace, where the jail has no capability at all. That takes
//!   the right to make one there, which an unprivileged caller lacks.
//! - [`prepare`]: otherwise the jail's first process makes it in its own
//!   user namespace while it builds its root, then moves itself in
//!   ([`Pending::enter`], [`Source::OwnOnThread`]). A warm jail, set up
//!   ahead of its job where start-up time is not waited for, makes it in
//!   line ([`Source::OwnInLine`]): no thread to start and end, no namespace
//!   file to open and enter.

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::thread::JoinHandle;

use nix::sched::CloneFlags;

use crate::cpu::Placement;

/// Where the jail's network namespace comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The supervisor made it and is in it: the jail inherits it at `clone`.
    Inherited,
    /// The jail's first process makes it on a helper thread ([`prepare`]).
    OwnOnThread,
    /// The jail's first process makes it in line ([`prepare`]).
    OwnInLine,
}

/// A network namespace the supervisor is making on a helper thread.
///
/// The thread is sent to another CPU at once: Linux starts a new thread on
/// its creator's CPU, where it would run before or after the supervisor's
/// start-up, not beside it (sched tracepoints on an idle two-CPU host:
/// every time). Whether that CPU is free is not known cheaply (the host's
/// count of runnable tasks includes a previous run's teardown at nice 19,
/// which yields at once), so the thread goes anyway, and a thread that has
/// not finished when the supervisor needs the namespace is brought back to
/// the supervisor's CPU, which is about to wait for it: no later than if it
/// had stayed.
pub struct Ahead {
    thread: JoinHandle<io::Result<OwnedFd>>,
    away: bool,
}

impl Ahead {
    /// Starts making it; the thread does nothing else. None for a caller
    /// other than root, which may not make one (a thread would only learn
    /// that, a wake-up of the other CPU later).
    pub fn start() -> Option<Ahead> {
        if !nix::unistd::geteuid().is_root() {
            return None;
        }
        let away = crate::cpu::other_than_callers();
        let thread = spawn_maker(away).ok()?;
        // The thread moves itself if it runs first; this covers the other order.
        if let Some(cpu) = away {
            crate::cpu::move_thread(&thread, cpu);
        }
        Some(Ahead {
            thread,
            away: away.is_some(),
        })
    }

    /// Waits for it and moves the calling thread (the supervisor's only
    /// one, about to clone the jail) into it. [`Source::OwnOnThread`] when
    /// it could not be made or entered here (an unprivileged caller may not
    /// make one): the jail then makes its own.
    pub fn enter(self) -> Source {
        if self.away && !self.thread.is_finished() {
            if let Some(cpu) = crate::cpu::callers() {
                crate::cpu::move_thread(&self.thread, cpu);
            }
        }
        let entered = match self.thread.join() {
            Ok(Ok(namespace)) => nix::sched::setns(namespace, CloneFlags::CLONE_NEWNET).is_ok(),
            _ => false,
        };
        if entered {
            Source::Inherited
        } else {
            Source::OwnOnThread
        }
    }
}

/// A network namespace of the jail's first process, being made on a helper
/// thread, or already entered.
pub enum Pending {
    Thread(JoinHandle<io::Result<OwnedFd>>),
    Entered,
}

/// Makes the jail's own namespace: with `on_thread`, starts making it on a
/// helper thread, which keeps the identity and capabilities the process has
/// now, whatever the main thread does meanwhile (identity changes must be
/// made with raw system calls, which glibc would otherwise repeat on every
/// thread); without, makes it here and enters it at once.
pub fn prepare(placement: Option<&Placement>, on_thread: bool) -> io::Result<Pending> {
    if !on_thread {
        nix::sched::unshare(CloneFlags::CLONE_NEWNET)?;
        loopback_up()?;
        return Ok(Pending::Entered);
    }
    let thread = spawn_maker(None)?;
    if let Some(placement) = placement {
        placement.move_to_supervisor_cpu(&thread);
    }
    Ok(Pending::Thread(thread))
}

impl Pending {
    /// Waits for the namespace and moves the calling thread into it; the
    /// helper thread has ended when this returns. Made in line, it is entered already.
    pub fn enter(self) -> io::Result<()> {
        let Pending::Thread(thread) = self else {
            return Ok(());
        };
        let namespace = thread
            .join()
            .map_err(|_| io::Error::other("the network namespace thread panicked"))??;
        nix::sched::setns(namespace, CloneFlags::CLONE_NEWNET)?;
        Ok(())
    }
}

/// A thread that makes a network namespace and gives a descriptor of it.
fn spawn_maker(cpu: Option<usize>) -> io::Result<JoinHandle<io::Result<OwnedFd>>> {
    // The jail's first process is about to pivot into a new root: the
    // thread finds its namespace through the /proc of the old one.
    let proc: OwnedFd = std::fs::File::open("/proc")?.into();
    std::thread::Builder::new()
        .name("netns".into())
        .stack_size(64 * 1024)
        .spawn(move || {
            if let Some(cpu) = cpu {
                crate::cpu::move_self_to(cpu);
            }
            new_namespace(proc)
        })
}

fn new_namespace(proc: OwnedFd) -> io::Result<OwnedFd> {
    nix::sched::unshare(CloneFlags::CLONE_NEWNET)?;
    loopback_up()?;
    // SAFETY: a relative path to a NUL-terminated literal, from a directory we own.
    let fd = unsafe {
        libc::openat(
            proc.as_raw_fd(),
            c"thread-self/ns/net".as_ptr(),
            libc::O_RDONLY | libc::O_CLOEXEC,
        )
    };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a new fd we own.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// Brings `lo` up (the new namespace creates it down).
fn loopback_up() -> io::Result<()> {
    // SAFETY: a plain socket, ifreq buffers we own, and close.
    unsafe {
        let sock = libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0);
        if sock < 0 {
            return Err(io::Error::last_os_error());
        }
        let mut req: libc::ifreq = std::mem::zeroed();
        for (dst, src) in req.ifr_name.iter_mut().zip(b"lo\0") {
            *dst = *src as libc::c_char;
        }
        let mut rc = libc::ioctl(sock, libc::SIOCGIFFLAGS as _, &mut req);
        if rc == 0 {
            req.ifr_ifru.ifru_flags |= (libc::IFF_UP | libc::IFF_RUNNING) as libc::c_short;
            rc = libc::ioctl(sock, libc::SIOCSIFFLAGS as _, &req);
        }
        let result = if rc < 0 {
            Err(io::Error::last_os_error())
        } else {
            Ok(())
        };
        libc::close(sock);
        result
    }
}
