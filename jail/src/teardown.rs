//! What is left of a jail once its outcome is known, and how it goes: its
//! pid 1 in its exit (the kernel tears the jail's mounts and namespaces down
//! in that exit, ~0.7 ms here), then its cgroup (which can only be removed
//! once pid 1 has left it), then its host ids (given back last: no other jail
//! may run as them while a process of this one exists).
//!
//! [`Teardown::finish`] does that here and now. [`Teardown::detach_and_exit`]
//! hands it to a reaper and exits: `pyjail run` calls it last, so that its
//! caller has the program's output and exit status without waiting for the
//! teardown. The reaper is a fork of the supervisor, in a session of its own
//! (a signal to the caller's process group, a terminal's Ctrl-C or a
//! harness killing the group, does not reach it), with /dev/null as stdio and
//! no descriptor but the teardown's: whoever reads pyjail's output sees its
//! end when pyjail exits, and nothing the caller passed stays open.
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
    /// this process writes is written: nothing of it runs after (no
    /// destructor: freeing memory the reaper shares would copy it first). pid
    /// 1 is left for init to reap. Where a reaper would not outlive us (we
    /// are pid 1 of a pid namespace, whose end kills every process in it) or
    /// cannot be made, the teardown is finished here first.
    pub fn detach_and_exit(self, code: u8) -> ! {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
        if std::process::id() == 1 || crate::sandbox::quiet_stdio().is_err() {
            self.finish();
        } else {
            // SAFETY: glibc's fork keeps malloc usable in the child, which
            // takes no other lock: it closes descriptors, drops `self` and exits.
            match unsafe { libc::fork() } {
                0 => self.reap_detached(),
                -1 => self.finish(),
                // The reaper's now: our copies close when we exit.
                _ => std::mem::forget(self),
            }
        }
        // SAFETY: always safe; our output is flushed.
        unsafe { libc::_exit(i32::from(code)) }
    }

    fn reap_detached(self) -> ! {
        // SAFETY: plain calls on our own process.
        unsafe {
            libc::setsid();
            libc::prctl(libc::PR_SET_NAME, c"pyjail-reaper".as_ptr(), 0, 0, 0);
        }
        crate::sandbox::close_all_except(&self.fds());
        drop(self);
        // SAFETY: always safe; nothing else of this copy of the process may run.
        unsafe { libc::_exit(0) }
    }

    fn fds(&self) -> Vec<RawFd> {
        let mut fds: Vec<RawFd> = self.jail.iter().flat_map(Started::fds).collect();
        fds.extend(self.cgroup.iter().flat_map(Cgroup::lock_fds));
        fds.extend(self.ids.iter().flat_map(IdMap::fds));
        fds
    }
}
