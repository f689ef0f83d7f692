//! Mount primitives used to build the jail's root (see `rootfs.rs`).

use std::ffi::CString;
use std::io;
use std::path::Path;

use nix::mount::{mount, umount2, MntFlags, MsFlags};
use nix::sys::statvfs::{statvfs, FsFlags};

/// Stops mount events from propagating between the host and the jail.
pub fn make_all_private() -> nix::Result<()> {
    mount(
        None::<&str>,
        "/",
        None::<&str>,
        MsFlags::MS_REC | MsFlags::MS_PRIVATE,
        None::<&str>,
    )
}

pub fn tmpfs(target: &Path, options: &str, flags: MsFlags) -> nix::Result<()> {
    mount(Some("tmpfs"), target, Some("tmpfs"), flags, Some(options))
}

/// Binds `source` (usually `/proc/self/fd/N`) onto `target`.
pub fn bind(source: &Path, target: &Path) -> nix::Result<()> {
    mount(
        Some(source),
        target,
        None::<&str>,
        MsFlags::MS_BIND,
        None::<&str>,
    )
}

/// `statvfs`' flag for a relatime mount (linux/statfs.h), which musl's
/// headers do not name.
const ST_RELATIME: FsFlags = FsFlags::from_bits_retain(4096);

/// Makes a bind mount read-only and setuid-free. Flags the kernel locked when
/// the mount was copied into our namespace (nodev, noexec, atime) must be
/// repeated or the remount is refused, so they are read back first.
pub fn remount_read_only(target: &Path, allow_devices: bool) -> nix::Result<()> {
    let current = statvfs(target)?.flags();
    let mut flags =
        MsFlags::MS_REMOUNT | MsFlags::MS_BIND | MsFlags::MS_RDONLY | MsFlags::MS_NOSUID;
    for (have, want) in [
        (FsFlags::ST_NODEV, MsFlags::MS_NODEV),
        (FsFlags::ST_NOEXEC, MsFlags::MS_NOEXEC),
        (FsFlags::ST_NOATIME, MsFlags::MS_NOATIME),
        (FsFlags::ST_NODIRATIME, MsFlags::MS_NODIRATIME),
        (ST_RELATIME, MsFlags::MS_RELATIME),
    ] {
        if current.contains(have) {
            flags |= want;
        }
    }
    if !allow_devices {
        flags |= MsFlags::MS_NODEV;
    }
    mount(None::<&str>, target, None::<&str>, flags, None::<&str>)
}

/// A fresh procfs for the jail's pid namespace: only the jail's processes,
/// and (subset=pid) none of the kernel's global files (/proc/sys, kcore, ...).
pub fn procfs(target: &Path) -> nix::Result<()> {
    let flags = MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC;
    mount(
        Some("proc"),
        target,
        Some("proc"),
        flags,
        Some("subset=pid,hidepid=invisible"),
    )
}

/// Makes `new_root` the root. The old one stays stacked on it, at `/`,
/// until [`detach_old_root`]: resolve no path meanwhile.
pub fn pivot_into(new_root: &Path) -> io::Result<()> {
    std::env::set_current_dir(new_root)?;
    let dot = CString::new(".").expect("no NUL");
    // SAFETY: pivot_root(".", ".") stacks the old root on the new one.
    if unsafe { libc::syscall(libc::SYS_pivot_root, dot.as_ptr(), dot.as_ptr()) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Detaches the old root [`pivot_into`] left stacked on the new one: nothing
/// of the host's tree stays reachable by path.
pub fn detach_old_root() -> io::Result<()> {
    umount2(".", MntFlags::MNT_DETACH)?;
    std::env::set_current_dir("/")
}

/// Makes the (tmpfs) root itself read-only once it is filled.
pub fn seal_root() -> nix::Result<()> {
    let flags = MsFlags::MS_REMOUNT
        | MsFlags::MS_BIND
        | MsFlags::MS_RDONLY
        | MsFlags::MS_NOSUID
        | MsFlags::MS_NODEV;
    mount(None::<&str>, "/", None::<&str>, flags, None::<&str>)
}
