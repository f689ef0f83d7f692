//! One host uid/gid per concurrent jail. The kernel keeps some accounts per
//! host uid, whatever the user namespace: pipe buffer pages
//! (`fs.pipe-user-pages-soft`), epoll watches, file descriptors in flight over
//! unix sockets. Jails sharing a host uid share those, so one could starve
//! another (fill the pipe pages and the other's new pipes shrink to 8 KiB).
//!
//! Each run leases a slot of a pool of ids: it holds `flock` on a file named
//! after the slot's uid in a lock directory for as long as it runs. The kernel
//! drops the lock when the holder dies, SIGKILL included, so a killed pyjail
//! never keeps its slot. Slots are tried from a random one, so that
//! concurrent pyjails rarely contend for the same file.
//!
//! Pools:
//! - root: 65,536 ids from `ROOT_BASE` (0x7FFF0000, 2147418112) up to
//!   2^31 - 1, uid and gid alike, locks in `/run/pyjail/ids`. The block sits
//!   above the ranges distributions hand out (system and login accounts, the
//!   16-bit `/etc/subuid` blocks from 100000, systemd's container ranges up to
//!   0x6FFFFFFF and its foreign-id range at 0x7FFE0000) and below 2^31, where
//!   tools that hold ids in a signed int break. Ids that `/etc/passwd`,
//!   `/etc/group`, `/etc/subuid` or `/etc/subgid` name are skipped all the same.
//! - an ordinary user: the subordinate range `/etc/subuid` and `/etc/subgid`
//!   give them (written through the setuid `newuidmap`/`newgidmap`), locks in
//!   `/run/user/<uid>/pyjail-ids` (the runtime directory logind makes for
//!   that uid alone) or, without it, `/tmp/pyjail-ids-<uid>`. The place is
//!   derived from the uid, not from the environment, so that every pyjail of
//!   that user finds the same locks.

use std::ffi::CString;
use std::fs;
use std::io;
use std::ops::RangeInclusive;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};

/// First host id of root's pool.
pub const ROOT_BASE: u32 = 0x7FFF_0000;
/// Size of root's pool: as many jails at once.
pub const ROOT_COUNT: u32 = 65_536;
/// Root's lock directory (each component made 0700, owned by root).
pub const ROOT_LOCK_DIR: &str = "/run/pyjail/ids";

#[derive(Debug, thiserror::Error)]
pub enum IdError {
    #[error("lock directory {path}: {reason}")]
    LockDir { path: PathBuf, reason: String },
    #[error("cannot lock {path}: {source}")]
    Lock { path: PathBuf, source: io::Error },
    #[error("all {count} host ids from {first} are held by running jails")]
    Exhausted { first: u32, count: u32 },
}

/// A pool of host ids: slot `i` is uid `uid_base + i` and gid `gid_base + i`.
pub struct Pool {
    pub dir: LockDir,
    pub uid_base: u32,
    pub gid_base: u32,
    pub count: u32,
    /// Ids (uid or gid) that belong to someone else and are never leased.
    pub claimed: Vec<RangeInclusive<u32>>,
}

/// A slot held for the whole run; given back when dropped (and by the kernel
/// when the process dies).
#[derive(Debug)]
pub struct Lease {
    pub uid: u32,
    pub gid: u32,
    dir: OwnedFd,
    name: CString,
    /// Closed after `drop` has removed the file.
    lock: OwnedFd,
}

impl Lease {
    /// Its descriptors (the directory and the lock), for a process that keeps
    /// nothing else (a detached teardown, `teardown.rs`).
    pub(crate) fn fds(&self) -> [std::os::fd::RawFd; 2] {
        [self.dir.as_raw_fd(), self.lock.as_raw_fd()]
    }
}

impl Drop for Lease {
    /// Removes the file while still holding its lock: whoever opened it
    /// meanwhile finds, after locking, that the name no longer leads to it
    /// and tries again (see `Pool::try_slot`).
    fn drop(&mut self) {
        // SAFETY: a relative name under a directory fd we own.
        unsafe { libc::unlinkat(self.dir.as_raw_fd(), self.name.as_ptr(), 0) };
    }
}

impl Pool {
    /// Root's pool.
    pub fn root() -> Result<Pool, IdError> {
        Ok(Pool {
            dir: LockDir::open(Path::new(ROOT_LOCK_DIR), 0)?,
            uid_base: ROOT_BASE,
            gid_base: ROOT_BASE,
            count: ROOT_COUNT,
            claimed: claimed_ids().to_vec(),
        })
    }

    /// An ordinary user's pool in their subordinate range.
    pub fn subordinate(range: &Subordinate) -> Result<Pool, IdError> {
        let uid = nix::unistd::Uid::current().as_raw();
        let runtime = PathBuf::from(format!("/run/user/{uid}"));
        let dir = match fs::symlink_metadata(&runtime) {
            Ok(meta) if meta.is_dir() && std::os::unix::fs::MetadataExt::uid(&meta) == uid => {
                runtime.join("pyjail-ids")
            }
            _ => PathBuf::from(format!("/tmp/pyjail-ids-{uid}")),
        };
        Ok(Pool {
            dir: LockDir::open(&dir, uid)?,
            uid_base: range.uid_start,
            gid_base: range.gid_start,
            count: range.count,
            claimed: Vec::new(),
        })
    }

    /// Takes the first free slot from a random one on.
    pub fn lease(&self) -> Result<Lease, IdError> {
        let start = random_u32() % self.count.max(1);
        for step in 0..self.count {
            let slot = (start + step) % self.count;
            let (uid, gid) = (self.uid_base + slot, self.gid_base + slot);
            if self
                .claimed
                .iter()
                .any(|r| r.contains(&uid) || r.contains(&gid))
            {
                continue;
            }
            if let Some(lease) = self.try_slot(uid, gid)? {
                return Ok(lease);
            }
        }
        Err(IdError::Exhausted {
            first: self.uid_base,
            count: self.count,
        })
    }

    /// Locks the slot's file, or None when another run holds it. The lock
    /// only counts if the name still leads to the locked file: a run that
    /// ends removes its file while holding the lock, and one killed leaves it
    /// unlocked for the next taker.
    fn try_slot(&self, uid: u32, gid: u32) -> Result<Option<Lease>, IdError> {
        let name = CString::new(uid.to_string()).expect("digits");
        let path = || self.dir.path.join(uid.to_string());
        loop {
            // SAFETY: a relative name under a directory fd we own; the new fd is ours.
            let fd = unsafe {
                libc::openat(
                    self.dir.fd.as_raw_fd(),
                    name.as_ptr(),
                    libc::O_RDONLY
                        | libc::O_CREAT
                        | libc::O_NOFOLLOW
                        | libc::O_CLOEXEC
                        | libc::O_NOCTTY,
                    0o600,
                )
            };
            if fd < 0 {
                return Err(IdError::Lock {
                    path: path(),
                    source: io::Error::last_os_error(),
                });
            }
            // SAFETY: a fresh fd nobody else owns.
            let lock = unsafe { OwnedFd::from_raw_fd(fd) };
            // SAFETY: plain fd operation.
            if unsafe { libc::flock(fd, libc::LOCK_EX | libc::LOCK_NB) } < 0 {
                let err = io::Error::last_os_error();
                if err.raw_os_error() == Some(libc::EWOULDBLOCK) {
                    return Ok(None);
                }
                return Err(IdError::Lock {
                    path: path(),
                    source: err,
                });
            }
            let locked = nix::sys::stat::fstat(fd).map_err(|e| IdError::Lock {
                path: path(),
                source: e.into(),
            })?;
            let named = nix::sys::stat::fstatat(
                Some(self.dir.fd.as_raw_fd()),
                name.as_c_str(),
                nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW,
            );
            if named.is_ok_and(|n| n.st_ino == locked.st_ino && n.st_dev == locked.st_dev) {
                let dir = self.dir.fd.try_clone().map_err(|source| IdError::Lock {
                    path: path(),
                    source,
                })?;
                return Ok(Some(Lease {
                    uid,
                    gid,
                    dir,
                    name,
                    lock,
                }));
            }
        }
    }
}

/// A lock directory opened without following symlinks, owned by the caller
/// and writable by nobody else.
pub struct LockDir {
    fd: OwnedFd,
    pub path: PathBuf,
}

impl LockDir {
    /// Opens `path`, making its missing components 0700 on the way. The
    /// components made for pyjail (those not yet there, and the last) must
    /// belong to `owner` and be writable by it alone, and those above them
    /// belong to root or `owner` and be writable by nobody else unless sticky
    /// (`/tmp`): whoever else could write there could rename the directory
    /// and make two pyjails lock in different places, handing out an id twice.
    pub fn open(path: &Path, owner: u32) -> Result<LockDir, IdError> {
        let fail = |reason: String| IdError::LockDir {
            path: path.into(),
            reason,
        };
        let mut fd = open_dir(None, "/").map_err(|e| fail(e.to_string()))?;
        let parts: Vec<_> = path.iter().skip(1).collect();
        for (i, part) in parts.iter().enumerate() {
            let part = part.to_string_lossy();
            let last = i + 1 == parts.len();
            let created = match mkdir_at(&fd, &part) {
                Ok(()) => true,
                Err(err) if err.raw_os_error() == Some(libc::EEXIST) => false,
                Err(err) => return Err(fail(format!("cannot create {part}: {err}"))),
            };
            fd = open_dir(Some(&fd), &part).map_err(|e| {
                // O_NOFOLLOW with O_DIRECTORY reports a symlink as ENOTDIR.
                fail(
                    if matches!(e.raw_os_error(), Some(libc::ELOOP | libc::ENOTDIR)) {
                        format!("{part} is a symbolic link or not a directory")
                    } else {
                        format!("cannot open {part}: {e}")
                    },
                )
            })?;
            let meta = nix::sys::stat::fstat(fd.as_raw_fd()).map_err(|e| fail(e.to_string()))?;
            let others_write = meta.st_mode & 0o022 != 0;
            let sticky = meta.st_mode & libc::S_ISVTX != 0;
            let ours = created || last;
            let refused = if ours {
                meta.st_uid != owner || others_write
            } else {
                (meta.st_uid != 0 && meta.st_uid != owner) || (others_write && !sticky)
            };
            if refused {
                let who = match (owner, ours) {
                    (0, _) => "root".to_string(),
                    (_, true) => format!("uid {owner}"),
                    (_, false) => format!("uid {owner} or root"),
                };
                return Err(fail(format!(
                    "{part} belongs to uid {} with mode {:o}; it must belong to {who} and be \
                     writable by it alone{}",
                    meta.st_uid,
                    meta.st_mode & 0o7777,
                    if ours { "" } else { " unless sticky" },
                )));
            }
        }
        Ok(LockDir {
            fd,
            path: path.into(),
        })
    }
}

fn open_dir(at: Option<&OwnedFd>, name: &str) -> io::Result<OwnedFd> {
    let name = CString::new(name).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    let at = at.map_or(libc::AT_FDCWD, AsRawFd::as_raw_fd);
    // SAFETY: a C string and a directory fd we own; the new fd is ours.
    let fd = unsafe {
        libc::openat(
            at,
            name.as_ptr(),
            libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC,
        )
    };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a fresh fd nobody else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

fn mkdir_at(at: &OwnedFd, name: &str) -> io::Result<()> {
    let name = CString::new(name).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    // SAFETY: a C string and a directory fd we own.
    if unsafe { libc::mkdirat(at.as_raw_fd(), name.as_ptr(), 0o700) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// An ordinary user's subordinate ids, as far as pyjail uses them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subordinate {
    pub uid_start: u32,
    pub gid_start: u32,
    /// Ids available in both ranges.
    pub count: u32,
}

/// The caller's first `/etc/subuid` and `/etc/subgid` ranges (by name or
/// number), when both exist and lie inside the ids our own user namespace
/// maps (inside a container they may not, and the helpers would fail).
pub fn subordinate_range(uid: u32, name: &str) -> Option<Subordinate> {
    let find = |file: &str, mapped: &str| {
        let text = fs::read_to_string(file).ok()?;
        let map = fs::read_to_string(mapped).ok()?;
        let (start, count) = own_range(&text, uid, name)?;
        maps_range(&map, start, count).then_some((start, count))
    };
    let (uid_start, uid_count) = find("/etc/subuid", "/proc/self/uid_map")?;
    let (gid_start, gid_count) = find("/etc/subgid", "/proc/self/gid_map")?;
    Some(Subordinate {
        uid_start,
        gid_start,
        count: uid_count.min(gid_count),
    })
}

/// `start` and `count` of the first `user:start:count` line for this user.
fn own_range(text: &str, uid: u32, name: &str) -> Option<(u32, u32)> {
    text.lines().find_map(|line| {
        let mut fields = line.trim().split(':');
        let who = fields.next()?;
        if who != name && who.parse() != Ok(uid) {
            return None;
        }
        let start: u32 = fields.next()?.parse().ok()?;
        let count: u32 = fields.next()?.parse().ok()?;
        (count > 0 && start.checked_add(count - 1).is_some()).then_some((start, count))
    })
}

/// A `/proc/self/uid_map` text maps every id of `start..start+count`.
fn maps_range(map: &str, start: u32, count: u32) -> bool {
    let end = u64::from(start) + u64::from(count);
    map.lines().any(|line| {
        let fields: Vec<u64> = line
            .split_whitespace()
            .filter_map(|f| f.parse().ok())
            .collect();
        matches!(fields[..], [_, outer, len] if outer <= u64::from(start) && end <= outer + len)
    })
}

static CLAIMED: std::sync::OnceLock<Vec<RangeInclusive<u32>>> = std::sync::OnceLock::new();

/// Ids named by host accounts or handed out as subordinate ranges, read at
/// a process' first lease. A process that forks a helper per jail (the forker
/// of `pyjail serve`'s warm jails) reads them once
/// ([`crate::warm::prepare_forker`]) before forking, and its helpers find them read (four files less per jail).
fn claimed_ids() -> &'static [RangeInclusive<u32>] {
    CLAIMED.get_or_init(read_claimed_ids)
}

/// Reads the claimed ids now, for the processes this one forks afterwards.
pub(crate) fn read_claimed() {
    claimed_ids();
}

fn read_claimed_ids() -> Vec<RangeInclusive<u32>> {
    let mut claimed = Vec::new();
    for file in ["/etc/passwd", "/etc/group"] {
        for line in fs::read_to_string(file).unwrap_or_default().lines() {
            if let Some(Ok(id)) = line.split(':').nth(2).map(str::parse::<u32>) {
                claimed.push(id..=id);
            }
        }
    }
    for file in ["/etc/subuid", "/etc/subgid"] {
        for line in fs::read_to_string(file).unwrap_or_default().lines() {
            let mut fields = line.split(':').skip(1).map(str::parse::<u32>);
            if let (Some(Ok(start)), Some(Ok(count))) = (fields.next(), fields.next()) {
                if count > 0 {
                    claimed.push(start..=start.saturating_add(count - 1));
                }
            }
        }
    }
    claimed
}

/// A random start; without one (getrandom failed) slot 0 is as correct,
/// only more contended.
fn random_u32() -> u32 {
    let mut bytes = [0u8; 4];
    let _ = random_bytes(&mut bytes);
    u32::from_ne_bytes(bytes)
}

/// Fills `buf` from the kernel's random pool.
pub fn random_bytes(buf: &mut [u8]) -> io::Result<()> {
    let mut filled = 0;
    while filled < buf.len() {
        // SAFETY: writes at most the rest of `buf`.
        let got =
            unsafe { libc::getrandom(buf[filled..].as_mut_ptr().cast(), buf.len() - filled, 0) };
        if got < 0 {
            let err = io::Error::last_os_error();
            if err.kind() != io::ErrorKind::Interrupted {
                return Err(err);
            }
            continue;
        }
        filled += got as usize;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_range_matches_name_or_uid() {
        let text = "alice:100000:65536\n1001:165536:65536\nbob:231072:0\n";
        assert_eq!(own_range(text, 1000, "alice"), Some((100000, 65536)));
        assert_eq!(own_range(text, 1001, "carol"), Some((165536, 65536)));
        assert_eq!(own_range(text, 1002, "bob"), None, "an empty range is none");
    }

    #[test]
    fn range_must_be_mapped_in_our_namespace() {
        let host = "         0          0 4294967295\n";
        let container = "         0     100000      65536\n";
        assert!(maps_range(host, 2147418112, 65536));
        assert!(maps_range(container, 100000, 65536));
        assert!(!maps_range(container, 100000, 65537));
        assert!(!maps_range(container, 99999, 10));
    }
}
