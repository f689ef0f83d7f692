//! Identity inside the jail. The program runs as `sandbox` (uid and gid 1000
//! inside the user namespace), never as host root:
//! - started by root, inside 1000 maps to host id 2_147_483_000, owned by no
//!   account, file or process on the host (nobody/65534 is shared with NFS
//!   squashing and other daemons, so a jail running as it would share their
//!   files' permissions and their RLIMIT_NPROC count);
//! - started by an ordinary user, inside 1000 maps to that user's own id: the
//!   only mapping the kernel allows without setuid helpers (newuidmap).
//!
//! The maps are written by the supervisor (the parent); the child waits for them.

use std::io;

use nix::unistd::{Gid, Pid, Uid};

/// The uid and gid the program runs as, inside the jail.
pub const JAIL_ID: u32 = 1000;
/// The host uid/gid behind `JAIL_ID` when pyjail runs as root.
pub const HOST_ID_FOR_ROOT: u32 = 2_147_483_000;
pub const JAIL_USER: &str = "sandbox";

/// The host ids the jail maps to, from the supervisor's point of view.
#[derive(Debug, Clone, Copy)]
pub struct IdMap {
    pub host_uid: u32,
    pub host_gid: u32,
    /// Root may keep `setgroups` allowed (so the child can clear its
    /// supplementary groups); an ordinary user must deny it to write gid_map.
    pub privileged: bool,
}

impl IdMap {
    pub fn for_current_user() -> IdMap {
        let uid = Uid::current();
        if uid.is_root() {
            IdMap {
                host_uid: HOST_ID_FOR_ROOT,
                host_gid: HOST_ID_FOR_ROOT,
                privileged: true,
            }
        } else {
            IdMap {
                host_uid: uid.as_raw(),
                host_gid: Gid::current().as_raw(),
                privileged: false,
            }
        }
    }

    /// Writes /proc/CHILD/{uid_map,setgroups,gid_map}.
    pub fn write_for(&self, child: Pid) -> io::Result<()> {
        let proc = format!("/proc/{child}");
        std::fs::write(
            format!("{proc}/uid_map"),
            format!("{JAIL_ID} {} 1\n", self.host_uid),
        )?;
        if !self.privileged {
            std::fs::write(format!("{proc}/setgroups"), "deny")?;
        }
        std::fs::write(
            format!("{proc}/gid_map"),
            format!("{JAIL_ID} {} 1\n", self.host_gid),
        )
    }
}

/// In the child, after the maps: drop supplementary groups (where the kernel
/// lets us) and become the jail user. Capabilities survive this (no uid 0 is
/// mapped, so the kernel's setuid fix-up does not apply) and are dropped
/// explicitly later, in `caps.rs`. Raw system calls: they change the calling
/// thread only, where glibc's wrappers would also change the thread that
/// is making the network namespace (`net.rs`).
pub fn become_jail_user(privileged: bool) -> io::Result<()> {
    if privileged {
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
