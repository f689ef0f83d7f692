//! Set-up on two CPUs. After `clone` the supervisor makes the cgroup while
//! the jail's first process builds its root and a helper thread makes the
//! network namespace; Linux tends to keep a new process on its parent's CPU
//! (and a sync wake-up on the waker's), so left alone the three run one
//! after the other on one CPU (measured here: ~1.6 ms instead of ~0.9 ms).
//! When another allowed CPU is idle, the supervisor starts the jail's first
//! process there, which lets go of that pin as soon as it runs; its network
//! thread goes to the supervisor's CPU for its short life. On a busy host
//! the jail's first process is not pinned: a task pinned to a busy CPU waits
//! for it (measured here: +2 ms with one CPU taken by another program). The
//! network namespace a root supervisor makes ahead ([`crate::net::Ahead`])
//! is sent to another CPU either way and brought back if unfinished: a
//! short task, it loses little there. Only start-up time depends on any of
//! this: failures are ignored.

use std::os::unix::thread::JoinHandleExt;
use std::thread::JoinHandle;

use nix::sched::{sched_getaffinity, sched_setaffinity, CpuSet};
use nix::unistd::Pid;

/// Where the two halves of set-up run, planned before `clone`.
#[derive(Debug)]
pub struct Placement {
    /// The affinity pyjail was started with, which the jail gets back.
    original: CpuSet,
    /// The supervisor's CPU, where the network thread goes.
    supervisor: usize,
    /// Another allowed CPU, where the jail's first process starts.
    jail: usize,
}

impl Placement {
    /// None with a single allowed CPU, or when no other CPU is idle.
    pub fn plan() -> Option<Placement> {
        let original = sched_getaffinity(Pid::from_raw(0)).ok()?;
        let (supervisor, jail) = idle_other_cpu(&original)?;
        Some(Placement {
            original,
            supervisor,
            jail,
        })
    }

    /// Supervisor side, right after `clone` (before "go").
    pub fn start_elsewhere(&self, jail: Pid) {
        let _ = sched_setaffinity(jail, &only(self.jail));
    }

    /// The jail's first process, once it runs (after "go"): any allowed CPU again.
    pub fn release(&self) {
        let _ = sched_setaffinity(Pid::from_raw(0), &self.original);
    }

    /// The network thread, by its creator.
    pub fn move_to_supervisor_cpu<T>(&self, thread: &JoinHandle<T>) {
        move_thread(thread, self.supervisor);
    }
}

/// The calling thread's CPU and another CPU of `allowed` when the host has
/// one idle (fewer runnable tasks than allowed CPUs).
fn idle_other_cpu(allowed: &CpuSet) -> Option<(usize, usize)> {
    let count = (0..CpuSet::count())
        .filter(|&cpu| allowed.is_set(cpu).unwrap_or(false))
        .count();
    if runnable_tasks()? >= count {
        return None;
    }
    other_cpu(allowed)
}

/// The calling thread's CPU and another CPU of `allowed`, idle or not.
fn other_cpu(allowed: &CpuSet) -> Option<(usize, usize)> {
    let current = callers()?;
    let other =
        (0..CpuSet::count()).find(|&cpu| cpu != current && allowed.is_set(cpu).unwrap_or(false))?;
    Some((current, other))
}

/// Another CPU the caller may run on, idle or not.
pub fn other_than_callers() -> Option<usize> {
    let allowed = sched_getaffinity(Pid::from_raw(0)).ok()?;
    other_cpu(&allowed).map(|(_, other)| other)
}

/// The calling thread's CPU.
pub fn callers() -> Option<usize> {
    // SAFETY: no arguments; the current CPU or -1.
    usize::try_from(unsafe { libc::sched_getcpu() }).ok()
}

/// Moves the calling thread to `cpu` (failure only costs start-up time).
pub fn move_self_to(cpu: usize) {
    let _ = sched_setaffinity(Pid::from_raw(0), &only(cpu));
}

/// Moves one of our threads to `cpu`, running or not (failure only costs
/// start-up time).
pub fn move_thread<T>(thread: &JoinHandle<T>, cpu: usize) {
    if cpu >= CpuSet::count() {
        return;
    }
    // SAFETY: an all-zero cpu_set_t is the empty set.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    // SAFETY: `cpu` is below CpuSet::count(), the set's size in bits.
    unsafe { libc::CPU_SET(cpu, &mut set) };
    // SAFETY: a live thread's handle, and a set of the size given.
    unsafe {
        libc::pthread_setaffinity_np(
            thread.as_pthread_t() as _,
            std::mem::size_of::<libc::cpu_set_t>(),
            &set,
        )
    };
}

/// Tasks running or waiting for a CPU on the whole host, ourselves included
/// (the fourth field of /proc/loadavg, "runnable/total").
fn runnable_tasks() -> Option<usize> {
    let loadavg = std::fs::read_to_string("/proc/loadavg").ok()?;
    loadavg
        .split_whitespace()
        .nth(3)?
        .split('/')
        .next()?
        .parse()
        .ok()
}

fn only(cpu: usize) -> CpuSet {
    let mut set = CpuSet::new();
    let _ = set.set(cpu);
    set
}
