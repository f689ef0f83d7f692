//! What is left of a jail once its outcome is known, and how it goes: its
//! pid 1 in its exit (the kernel tears the jail's mounts and namespaces down
//! in that exit, ~0.7 ms here), then its cgroup (which can only be removed
//! once pid 1 has left it), then its host ids (given back last: no other jail
//! may run as them while a process of this one exists).
//!
//! [`Teardown::finish`] does that here and now. [`Teardown::detach_and_exit`]
//! hands it to a reaper and exits: `pyjail run` calls it last, so that its
//! caller has the program's output and exit status without waiting for the
//! teardown. The reaper is a process that shares the supervisor's memory
//! (`CLONE_VM`, with a stack of its own): nothing is copied to make it, and
//! the supervisor's exit, on the caller's path, has no memory to tear down
//! (the reaper holds it); the supervisor makes no call but `_exit` once the
//! reaper exists. It runs in a session of its own (a signal to the caller's
//! process group, a terminal's Ctrl-C or a harness killing the group, does
//! not reach it), with /dev/null as stdio and no descriptor but the
//! teardown's: whoever reads pyjail's output sees its end when pyjail exits,
//! and nothing the caller passed stays open.
//!
//! When the reaper is killed before it is done (SIGKILL, or a service
//! manager killing every process of the caller's cgroup): pid 1 ends anyway,
//! its mounts and namespaces with it (it leaves when the supervisor closes
//! the control channel, and the parent-death signal kills it when the
//! supervisor exits), and init reaps it like any orphan. The cgroup's and
//! the ids' locks are `flock`s, which the kernel drops with the reaper: the
//! cgroup is then stale and the sweep of the next pyjail's teardown removes
//! it (`cgroup.rs`), and the ids' lock file is taken over by the next lease of
//! that slot (`ids.rs`).

use std::io::Write;
use std::os::fd::RawFd;

use crate::cgroup::Cgroup;
use crate::supervisor::Started;
use crate::user::IdMap;

/// The reaper's stack: closing descriptors, signalling and waiting, and
/// removing the cgroup's directories need little.
const REAPER_STACK: usize = 256 * 1024;

/// Dropped, it finishes the teardown here (as [`Teardown::finish`]).
/// Fields drop in order: pid 1, then the cgroup, then the ids.
pub struct Teardown {
    jail: Option<Started>,
    cgroup: Option<Cgroup>,
    ids: Option<IdMap>,
}

impl Teardown {
    pub(crate) fn new(jail: Option<Started>, cgroup: Option<Cgroup>, ids: Option<IdMap>) -> Self {
        Teardown { jail, cgroup, ids }
    }

    /// Waits for pid 1's end, removes the cgroup, gives the ids back.
    pub fn finish(self) {
        drop(self);
    }

    /// Leaves the teardown to a reaper and exits with `code`, once everything
    /// this process writes is written. pid 1 is left for init to reap. Where
    /// a reaper would not outlive us (we are pid 1 of a pid namespace, whose
    /// end kills every process in it), could find the memory it shares in a
    /// state another thread left it in (we are not single-threaded: our exit
    /// kills the other threads wherever they are, a lock held included), or
    /// cannot be made, the teardown is finished here first.
    pub fn detach_and_exit(self, code: u8) -> ! {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
        if std::process::id() == 1
            || crate::require_single_thread().is_err()
            || crate::sandbox::quiet_stdio().is_err()
        {
            self.finish();
        } else if let Err(teardown) = self.spawn_reaper() {
            teardown.finish();
        }
        // SAFETY: always safe; our output is flushed. Nothing else runs here
        // once the reaper exists: it owns the memory from now on.
        unsafe { libc::_exit(i32::from(code)) }
    }

    /// Starts the reaper on the teardown, or gives the teardown back.
    fn spawn_reaper(self) -> Result<(), Box<Self>> {
        extern "C" fn reaper(teardown: *mut libc::c_void) -> libc::c_int {
            // SAFETY: the box `spawn_reaper` leaked for us; the supervisor
            // never touches it again.
            let teardown = unsafe { Box::from_raw(teardown.cast::<Teardown>()) };
            teardown.reap_detached()
        }
        // SAFETY: a fresh private mapping, only ever used as the reaper's
        // stack, its lowest page a guard: an overflow faults instead of
        // writing into whatever lies below.
        let stack = unsafe {
            let stack = libc::mmap(
                std::ptr::null_mut(),
                REAPER_STACK,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_STACK,
                -1,
                0,
            );
            if stack != libc::MAP_FAILED && libc::mprotect(stack, 4096, libc::PROT_NONE) != 0 {
                libc::munmap(stack, REAPER_STACK);
                return Err(Box::new(self));
            }
            stack
        };
        if stack == libc::MAP_FAILED {
            return Err(Box::new(self));
        }
        let teardown = Box::into_raw(Box::new(self));
        // SAFETY: the reaper runs on its own stack (it grows down from the
        // top) in our memory; we are single-threaded and make no call but
        // `_exit` once it exists, so nothing it uses changes under it.
        let pid = unsafe {
            libc::clone(
                reaper,
                stack.cast::<u8>().add(REAPER_STACK).cast(),
                libc::CLONE_VM | libc::SIGCHLD,
                teardown.cast(),
            )
        };
        if pid == -1 {
            // SAFETY: no reaper took them: the box is ours again, the stack unused.
            unsafe { libc::munmap(stack, REAPER_STACK) };
            return Err(unsafe { Box::from_raw(teardown) });
        }
        Ok(())
    }

    fn reap_detached(self) -> ! {
        // SAFETY: plain calls on our own process.
        unsafe {
            libc::setsid();
            libc::prctl(libc::PR_SET_NAME, c"pyjail-reaper".as_ptr(), 0, 0, 0);
            // Teardown is background work, at the lowest priority: the
            // caller's next run often starts while it goes on (back-to-back
            // runs: that run's set-up reached its clone ~0.08 ms sooner).
            // It may still preempt that run when it wakes; SCHED_IDLE, which
            // would not, measured no faster (16.31 against 16.34 ms, 330
            // runs each in blocks) and would leave teardown starved on a
            // busy host.
            libc::setpriority(libc::PRIO_PROCESS, 0, 19);
        }
        crate::sandbox::close_all_except(&self.fds());
        drop(self);
        // SAFETY: always safe; the teardown is done.
        unsafe { libc::_exit(0) }
    }

    fn fds(&self) -> Vec<RawFd> {
        let mut fds: Vec<RawFd> = self.jail.iter().flat_map(|jail| jail.fds()).collect();
        fds.extend(self.cgroup.iter().flat_map(Cgroup::fds));
        fds.extend(self.ids.iter().flat_map(IdMap::fds));
        fds
    }
}
