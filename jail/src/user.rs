//! Identity inside the jail. The program runs as `sandbox` (uid and gid 1000
//! inside the user namespace), never as host root. Behind it, on the host:
//! - started by root: an id of its own for this run, leased from 65,536 ids
//!   at 0x7FFF0000 that no account, file or process has (`ids.rs`): jails
//!   running at the same time do not share the kernel's per-uid accounts,
//!   and none shares a host account's files or limits (nobody/65534 would:
//!   NFS squashing and daemons run as it);
//! - started by an ordinary user with a subordinate range in `/etc/subuid`
//!   and `/etc/subgid` and the setuid helpers `newuidmap`/`newgidmap`
//!   (Debian: package `uidmap`): an id of its own from that range, leased the
//!   same way;
//! - started by an ordinary user without both: that user's own id, the only
//!   mapping the kernel allows without the helpers. Concurrent jails of that
//!   user then share its per-uid accounts, and its supplementary groups stay
//!   (writing a gid_map unaided requires denying `setgroups`).
//!
//! The maps are written by the supervisor (the parent); the child waits for them.

use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

use nix::unistd::{Gid, Pid, Uid, User};

use crate::ids::{self, Lease, Pool};

/// The uid and gid the program runs as, inside the jail.
pub const JAIL_ID: u32 = 1000;
pub const JAIL_USER: &str = "sandbox";

/// The host ids the jail maps to, from the supervisor's point of view.
#[derive(Debug)]
pub struct IdMap {
    pub host_uid: u32,
    pub host_gid: u32,
    /// `setgroups` stays allowed, so the child clears its supplementary
    /// groups. Writing a gid_map without privilege (our own gid) requires
    /// denying it.
    pub drop_groups: bool,
    writer: Writer,
    /// Held until the run ends: the ids are this run's alone meanwhile.
    lease: Option<Lease>,
    /// The pool the lease is from: (first uid, first gid, count).
    pool: Option<(u32, u32, u32)>,
}

/// Where a template's user namespace (`template.rs`) maps the pool its
/// forked jails lease from: pool slot `i` is id `FORKED_IDS + i` in it.
pub const FORKED_IDS: u32 = 100_000;

#[derive(Debug)]
enum Writer {
    /// We may write the maps ourselves: root, or our own ids.
    Direct,
    /// Through the setuid helpers, which check the range against /etc/sub[ug]id.
    Helpers {
        newuidmap: PathBuf,
        newgidmap: PathBuf,
    },
}

/// How this caller's jails get their host ids.
#[derive(Debug)]
pub enum Source {
    Root,
    Subordinate {
        range: ids::Subordinate,
        newuidmap: PathBuf,
        newgidmap: PathBuf,
    },
    /// Our own uid and gid; the reason there is no range of our own.
    Own {
        why: String,
    },
}

impl Source {
    pub fn for_current_user() -> Source {
        let uid = Uid::current();
        if uid.is_root() {
            return Source::Root;
        }
        let name = User::from_uid(uid)
            .ok()
            .flatten()
            .map(|u| u.name)
            .unwrap_or_default();
        let Some(range) = ids::subordinate_range(uid.as_raw(), &name) else {
            return Source::Own {
                why: format!(
                    "no subordinate range for uid {uid} ({name}) in both /etc/subuid and \
                     /etc/subgid that this user namespace maps"
                ),
            };
        };
        match (helper("newuidmap"), helper("newgidmap")) {
            (Some(newuidmap), Some(newgidmap)) => Source::Subordinate {
                range,
                newuidmap,
                newgidmap,
            },
            _ => Source::Own {
                why: "newuidmap/newgidmap not installed (Debian: package uidmap)".into(),
            },
        }
    }
}

/// A setuid helper at a fixed system place (not looked up in PATH).
fn helper(name: &str) -> Option<PathBuf> {
    ["/usr/bin", "/bin", "/usr/sbin", "/sbin"]
        .iter()
        .map(|dir| Path::new(dir).join(name))
        .find(|path| path.is_file())
}

impl IdMap {
    /// Leases this run's host ids. Fails (and the run is refused) when a
    /// pool exists but cannot be used: never falls back to shared ids.
    pub fn for_current_user() -> Result<IdMap, ids::IdError> {
        match Source::for_current_user() {
            Source::Root => {
                let pool = Pool::root()?;
                let lease = pool.lease()?;
                Ok(IdMap {
                    pool: Some((pool.uid_base, pool.gid_base, pool.count)),
                    host_uid: lease.uid,
                    host_gid: lease.gid,
                    drop_groups: true,
                    writer: Writer::Direct,
                    lease: Some(lease),
                })
            }
            Source::Subordinate {
                range,
                newuidmap,
                newgidmap,
            } => {
                let pool = Pool::subordinate(&range)?;
                let lease = pool.lease()?;
                Ok(IdMap {
                    pool: Some((pool.uid_base, pool.gid_base, pool.count)),
                    host_uid: lease.uid,
                    host_gid: lease.gid,
                    drop_groups: true,
                    writer: Writer::Helpers {
                        newuidmap,
                        newgidmap,
                    },
                    lease: Some(lease),
                })
            }
            Source::Own { .. } => Ok(IdMap {
                host_uid: Uid::current().as_raw(),
                host_gid: Gid::current().as_raw(),
                drop_groups: false,
                writer: Writer::Direct,
                lease: None,
                pool: None,
            }),
        }
    }

    /// The lease's descriptors, for a process that keeps nothing else (a
    /// detached teardown, `teardown.rs`).
    pub(crate) fn fds(&self) -> Vec<std::os::fd::RawFd> {
        self.lease.iter().flat_map(Lease::fds).collect()
    }

    /// Writes the child's uid and gid maps (and `setgroups`).
    pub fn write_for(&self, child: Pid) -> io::Result<()> {
        self.write_extents(
            child,
            &[(JAIL_ID, self.host_uid, 1)],
            &[(JAIL_ID, self.host_gid, 1)],
        )
    }

    /// Writes a template's maps: the jail user as [`IdMap::write_for`] does,
    /// and the rest of the pool from [`FORKED_IDS`] on, for its forked
    /// jails' leases ([`IdMap::in_template`]).
    pub fn write_template_maps(&self, child: Pid) -> io::Result<()> {
        let Some((uid_base, gid_base, count)) = self.pool else {
            return self.write_for(child);
        };
        let extents = |own: u32, base: u32| {
            let slot = own - base;
            let mut all = vec![(JAIL_ID, own, 1)];
            if slot > 0 {
                all.push((FORKED_IDS, base, slot));
            }
            if slot + 1 < count {
                all.push((FORKED_IDS + slot + 1, own + 1, count - slot - 1));
            }
            all
        };
        self.write_extents(
            child,
            &extents(self.host_uid, uid_base),
            &extents(self.host_gid, gid_base),
        )
    }

    /// This lease's uid and gid in the namespace of a template that maps
    /// the same pool ([`IdMap::write_template_maps`]); without a pool, the
    /// jail user, which the template shares then.
    pub fn in_template(&self) -> (u32, u32) {
        match self.pool {
            Some((uid_base, gid_base, _)) => (
                FORKED_IDS + (self.host_uid - uid_base),
                FORKED_IDS + (self.host_gid - gid_base),
            ),
            None => (JAIL_ID, JAIL_ID),
        }
    }

    fn write_extents(
        &self,
        child: Pid,
        uids: &[(u32, u32, u32)],
        gids: &[(u32, u32, u32)],
    ) -> io::Result<()> {
        let lines = |extents: &[(u32, u32, u32)]| {
            extents
                .iter()
                .map(|(inside, outside, count)| format!("{inside} {outside} {count}\n"))
                .collect::<String>()
        };
        match &self.writer {
            Writer::Direct => {
                let proc = format!("/proc/{child}");
                std::fs::write(format!("{proc}/uid_map"), lines(uids))?;
                if !self.drop_groups {
                    std::fs::write(format!("{proc}/setgroups"), "deny")?;
                }
                std::fs::write(format!("{proc}/gid_map"), lines(gids))
            }
            // Both at once: each is a setuid program's start-up (~1 ms).
            Writer::Helpers {
                newuidmap,
                newgidmap,
            } => {
                let spawn = |helper: &PathBuf, extents: &[(u32, u32, u32)]| {
                    Command::new(helper)
                        .arg(child.to_string())
                        .args(extents.iter().flat_map(|(inside, outside, count)| {
                            [inside, outside, count].map(u32::to_string)
                        }))
                        .stdin(std::process::Stdio::null())
                        .stdout(std::process::Stdio::null())
                        .stderr(std::process::Stdio::piped())
                        .spawn()
                        .map(|process| (helper.clone(), process))
                };
                let running = [spawn(newuidmap, uids), spawn(newgidmap, gids)];
                let mut first_error = None;
                for process in running {
                    let result = process.and_then(|(helper, process)| {
                        let out = process.wait_with_output()?;
                        if out.status.success() {
                            return Ok(());
                        }
                        Err(io::Error::other(format!(
                            "{} {}: {}",
                            helper.display(),
                            out.status,
                            String::from_utf8_lossy(&out.stderr).trim()
                        )))
                    });
                    if let Err(err) = result {
                        first_error.get_or_insert(err);
                    }
                }
                first_error.map_or(Ok(()), Err)
            }
        }
    }
}

/// In the child, after the maps: drop supplementary groups (where the kernel
/// lets us) and become the jail user. Capabilities survive this (no uid 0 is
/// mapped, so the kernel's setuid fix-up does not apply) and are dropped
/// explicitly later, in `caps.rs`. Raw system calls: they change the calling
/// thread only, where glibc's wrappers would also change the thread that
/// is making the network namespace (`net.rs`).
pub fn become_jail_user(drop_groups: bool) -> io::Result<()> {
    if drop_groups {
        // SAFETY: an empty group list.
        check(unsafe { libc::syscall(libc::SYS_setgroups, 0, std::ptr::null::<libc::gid_t>()) })?;
    }
    // SAFETY: plain integer arguments.
    check(unsafe { libc::syscall(libc::SYS_setresgid, JAIL_ID, JAIL_ID, JAIL_ID) })?;
    // SAFETY: plain integer arguments.
    check(unsafe { libc::syscall(libc::SYS_setresuid, JAIL_ID, JAIL_ID, JAIL_ID) })
}

fn check(rc: libc::c_long) -> io::Result<()> {
    if rc < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}
