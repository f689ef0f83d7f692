//! Memory and process limits for the whole jail, in a cgroup nested under the
//! cgroup pyjail itself runs in (never elsewhere, so a delegated subtree or a
//! container's limits still bound us). cgroup v2 when our cgroup offers the
//! memory and pids controllers; otherwise the v1 `memory` and `pids`
//! hierarchies (this is all many hosts have). Removed when dropped.
//!
//! The jail's first process is placed in it by the supervisor before it
//! unshares its cgroup namespace, so the program sees its cgroup as `/`.
//!
//! Names cannot collide: `pyjail-<boot>-<random>`, the first 8 hex digits of
//! the boot id (so a leftover says which boot made it) and 64 random bits
//! (pids do not do: pyjails in different pid namespaces share pid 1, and pids
//! are reused). The supervisor holds `flock` on each of its cgroup
//! directories for the whole run (kernfs directories take flock like any
//! other), and the kernel drops it when the supervisor dies, SIGKILL
//! included: a `pyjail-*` cgroup whose lock can be taken is stale.

use std::fs;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use nix::unistd::Pid;

#[derive(Debug)]
pub enum Cgroup {
    V2 {
        dir: PathBuf,
        /// Held while the cgroup is ours (see the module's comment).
        locks: Vec<OwnedFd>,
        usage: UsageFiles,
    },
    /// `cpuacct` is optional: without it the CPU limit is per process only.
    V1 {
        memory: PathBuf,
        pids: PathBuf,
        cpuacct: Option<PathBuf>,
        locks: Vec<OwnedFd>,
        usage: UsageFiles,
    },
}

/// The files [`Cgroup::usage`] reads, opened with the cgroup: read at the
/// program's end, on the caller's path, each is a read from its start
/// rather than a path walk, an open and a close.
#[derive(Debug)]
pub struct UsageFiles {
    peak_memory: Option<fs::File>,
    /// `oom_kill` in memory.events (v2) or memory.oom_control (v1).
    memory_events: Option<fs::File>,
    pids_peak: Option<fs::File>,
    pids_events: Option<fs::File>,
}

impl UsageFiles {
    fn open(peak_memory: &Path, memory_events: &Path, pids: &Path) -> UsageFiles {
        let open = |path: &Path| fs::File::open(path).ok();
        UsageFiles {
            peak_memory: open(peak_memory),
            memory_events: open(memory_events),
            pids_peak: open(&pids.join("pids.peak")),
            pids_events: open(&pids.join("pids.events")),
        }
    }

    fn read(&self) -> Usage {
        let text = |file: &Option<fs::File>| file.as_ref().and_then(read_from_start);
        Usage {
            peak_memory: text(&self.peak_memory).and_then(|t| t.trim().parse().ok()),
            oom_kills: text(&self.memory_events).map_or(0, |t| value_of(&t, "oom_kill")),
            pids_peak: text(&self.pids_peak).and_then(|t| t.trim().parse().ok()),
            pids_refused: text(&self.pids_events).map_or(0, |t| value_of(&t, "max")),
        }
    }

    fn fds(&self) -> impl Iterator<Item = std::os::fd::RawFd> + '_ {
        [
            &self.peak_memory,
            &self.memory_events,
            &self.pids_peak,
            &self.pids_events,
        ]
        .into_iter()
        .flatten()
        .map(AsRawFd::as_raw_fd)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V1,
    V2,
}

impl Version {
    pub fn name(self) -> &'static str {
        match self {
            Version::V1 => "v1",
            Version::V2 => "v2",
        }
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What the cgroup measured over the run.
#[derive(Debug, Default, Clone, Copy)]
pub struct Usage {
    pub peak_memory: Option<u64>,
    pub oom_kills: u64,
    pub pids_peak: Option<u64>,
    /// Forks refused because of the pids limit.
    pub pids_refused: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum CgroupError {
    #[error("no cgroup hierarchy with the memory and pids controllers is mounted")]
    NoController,
    #[error("cannot draw a random cgroup name: {0}")]
    Random(io::Error),
    #[error("cannot create {path}: {source}")]
    NotWritable { path: PathBuf, source: io::Error },
    #[error("cannot set {path}: {source}")]
    Limit { path: PathBuf, source: io::Error },
    #[error(
        "cgroup v2: {path} holds {others} process(es) besides pyjail, and a v2 cgroup with \
         processes cannot give controllers to a child cgroup (no internal processes), so the \
         jail's cgroup cannot be nested there: start pyjail alone in a cgroup (`systemd-run \
         --scope -p Delegate=yes pyjail run ...`), or from {path}/pyjail-supervisor with memory \
         and pids in {path}/cgroup.subtree_control"
    )]
    Shared { path: PathBuf, others: usize },
}

/// Cgroups younger than this are never swept, locked or not: a pyjail
/// takes its lock right after mkdir, and this leaves it ample time to
/// (a loaded host, a supervisor stopped for a moment). Removing a cgroup
/// in that window would only fail that run, never run it unconfined; and a
/// stale cgroup costs a directory until a later sweep.
const STALE_AFTER: Duration = Duration::from_secs(10);

/// Where a hierarchy is mounted and where we are in it.
#[derive(Clone)]
struct Place {
    mount: PathBuf,
    own: String,
}

impl Place {
    fn dir(&self) -> PathBuf {
        self.mount.join(self.own.trim_start_matches('/'))
    }
}

impl Cgroup {
    /// Creates `pyjail-<boot>-<random>` with the memory and pids limits.
    pub fn create(memory: u64, pids: u64) -> Result<Cgroup, CgroupError> {
        let name = new_name()?;
        let host = host();
        let Host { own, mounts, .. } = host;
        if let Some(place) = usable_v2(host) {
            enable_v2_controllers(&place.dir())?;
            let dir = place.dir().join(&name);
            let lock = mkdir_locked(&dir)?;
            let cgroup = Cgroup::V2 {
                usage: UsageFiles::open(&dir.join("memory.peak"), &dir.join("memory.events"), &dir),
                dir: dir.clone(),
                locks: vec![lock],
            };
            set(&dir.join("memory.max"), memory)?;
            set(&dir.join("memory.swap.max"), 0).ok();
            set(&dir.join("pids.max"), pids)?;
            return Ok(cgroup);
        }
        let (Some(mem), Some(pid)) = (
            v1_place(own, mounts.cgroup1("memory"), "memory"),
            v1_place(own, mounts.cgroup1("pids"), "pids"),
        ) else {
            return Err(CgroupError::NoController);
        };
        let memory_dir = mem.dir().join(&name);
        let pids_dir = pid.dir().join(&name);
        let mut locks = vec![mkdir_locked(&memory_dir)?];
        match mkdir_locked(&pids_dir) {
            Ok(lock) => locks.push(lock),
            Err(err) => {
                let _ = fs::remove_dir(&memory_dir);
                return Err(err);
            }
        }
        let cpuacct = v1_place(own, mounts.cgroup1("cpuacct"), "cpuacct").and_then(|place| {
            let dir = place.dir().join(&name);
            locks.push(mkdir_locked(&dir).ok()?);
            Some(dir)
        });
        let cgroup = Cgroup::V1 {
            usage: UsageFiles::open(
                &memory_dir.join("memory.max_usage_in_bytes"),
                &memory_dir.join("memory.oom_control"),
                &pids_dir,
            ),
            memory: memory_dir.clone(),
            pids: pids_dir.clone(),
            cpuacct,
            locks,
        };
        set(&memory_dir.join("memory.limit_in_bytes"), memory)?;
        // Without a swap limit the program could page out past its memory limit.
        let swap = memory_dir.join("memory.memsw.limit_in_bytes");
        if swap.exists() {
            set(&swap, memory)?;
        }
        set(&pids_dir.join("pids.max"), pids)?;
        Ok(cgroup)
    }

    /// Removes the empty cgroups that pyjails killed before they could clean
    /// up left beside ours (when ours goes: off the run's way).
    fn remove_stale(&self) {
        for dir in self.dirs() {
            if let Some(parent) = dir.parent() {
                remove_stale_in(parent);
            }
        }
    }

    /// The v1 `tasks` files, opened by the supervisor for the jail's first
    /// process to move itself with [`join_self`]; empty for v2, where the
    /// supervisor moves it with [`Cgroup::add`].
    pub fn self_join_files(&self) -> io::Result<Vec<OwnedFd>> {
        let dirs = match self {
            Cgroup::V2 { .. } => Vec::new(),
            Cgroup::V1 { .. } => self.dirs(),
        };
        dirs.into_iter()
            .map(|dir| {
                fs::OpenOptions::new()
                    .write(true)
                    .custom_flags(libc::O_CLOEXEC)
                    .open(dir.join("tasks"))
                    .map(OwnedFd::from)
            })
            .collect()
    }

    /// Moves `pid` (the jail's first process) into the cgroup.
    pub fn add(&self, pid: Pid) -> io::Result<()> {
        let pid = pid.to_string();
        match self {
            Cgroup::V2 { dir, .. } => fs::write(dir.join("cgroup.procs"), &pid),
            Cgroup::V1 {
                memory,
                pids,
                cpuacct,
                ..
            } => {
                fs::write(memory.join("cgroup.procs"), &pid)?;
                fs::write(pids.join("cgroup.procs"), &pid)?;
                if let Some(cpuacct) = cpuacct {
                    fs::write(cpuacct.join("cgroup.procs"), &pid)?;
                }
                Ok(())
            }
        }
    }

    /// Sets lower memory and pids limits for a warm jail's job (`warm.rs`).
    pub fn lower(&self, memory: u64, pids: u64) -> Result<(), CgroupError> {
        match self {
            Cgroup::V2 { dir, .. } => {
                set(&dir.join("memory.max"), memory)?;
                set(&dir.join("pids.max"), pids)
            }
            Cgroup::V1 {
                memory: dir,
                pids: pids_dir,
                ..
            } => {
                // memsw must stay at or above the plain limit: lower it last.
                set(&dir.join("memory.limit_in_bytes"), memory)?;
                let swap = dir.join("memory.memsw.limit_in_bytes");
                if swap.exists() {
                    set(&swap, memory)?;
                }
                set(&pids_dir.join("pids.max"), pids)
            }
        }
    }

    pub fn usage(&self) -> Usage {
        let (Cgroup::V2 { usage, .. } | Cgroup::V1 { usage, .. }) = self;
        usage.read()
    }

    /// CPU time used by the whole jail so far; None without CPU accounting.
    pub fn cpu_usage(&self) -> Option<std::time::Duration> {
        match self {
            Cgroup::V2 { dir, .. } => {
                let micros = keyed(&dir.join("cpu.stat"), "usage_usec");
                Some(std::time::Duration::from_micros(micros))
            }
            Cgroup::V1 {
                cpuacct: Some(dir), ..
            } => read_u64(&dir.join("cpuacct.usage")).map(std::time::Duration::from_nanos),
            Cgroup::V1 { cpuacct: None, .. } => None,
        }
    }

    /// User and system CPU time of the whole jail so far; None without CPU
    /// accounting.
    pub fn cpu_times(&self) -> Option<(std::time::Duration, std::time::Duration)> {
        use std::time::Duration;
        match self {
            Cgroup::V2 { dir, .. } => {
                let stat = fs::read_to_string(dir.join("cpu.stat")).ok()?;
                let micros = |key| Duration::from_micros(value_of(&stat, key));
                Some((micros("user_usec"), micros("system_usec")))
            }
            Cgroup::V1 {
                cpuacct: Some(dir), ..
            } => {
                // `usage_user` and `usage_sys` may count in scheduler ticks
                // (4 ms here: a light job read 0), `usage` counts what ran:
                // its total, split in their proportion, as the kernel splits
                // a process' own times.
                let nanos = |file| read_u64(&dir.join(file));
                let total = nanos("cpuacct.usage")?;
                let (user, system) = split_by_ticks(
                    total,
                    nanos("cpuacct.usage_user")?,
                    nanos("cpuacct.usage_sys")?,
                );
                Some((Duration::from_nanos(user), Duration::from_nanos(system)))
            }
            Cgroup::V1 { cpuacct: None, .. } => None,
        }
    }

    /// The descriptors it holds (its locks, its usage files), for a process
    /// that keeps nothing else (a detached teardown, `teardown.rs`).
    pub(crate) fn fds(&self) -> Vec<std::os::fd::RawFd> {
        let (Cgroup::V2 { locks, usage, .. } | Cgroup::V1 { locks, usage, .. }) = self;
        locks
            .iter()
            .map(AsRawFd::as_raw_fd)
            .chain(usage.fds())
            .collect()
    }

    pub fn version(&self) -> Version {
        match self {
            Cgroup::V2 { .. } => Version::V2,
            Cgroup::V1 { .. } => Version::V1,
        }
    }

    fn dirs(&self) -> Vec<&Path> {
        match self {
            Cgroup::V2 { dir, .. } => vec![dir],
            Cgroup::V1 {
                memory,
                pids,
                cpuacct,
                ..
            } => {
                let mut dirs = vec![memory.as_path(), pids.as_path()];
                dirs.extend(cpuacct.as_deref());
                dirs
            }
        }
    }
}

impl Drop for Cgroup {
    /// Removes the cgroup, then the stale ones beside it; the jail's
    /// processes are gone by now (its pid 1 has been reaped), but the kernel
    /// may need a moment to let go of it. The locks go after (the fields are
    /// dropped after this), so no sweep can take the cgroup for stale before
    /// it is gone.
    fn drop(&mut self) {
        for dir in self.dirs() {
            for attempt in 0..50 {
                match fs::remove_dir(dir) {
                    Err(err) if err.raw_os_error() == Some(libc::EBUSY) && attempt < 49 => {
                        std::thread::sleep(std::time::Duration::from_millis(2));
                    }
                    _ => break,
                }
            }
        }
        if SWEEP_ON_DROP.load(std::sync::atomic::Ordering::Relaxed) {
            self.remove_stale();
        }
    }
}

/// Whether dropping a cgroup sweeps the stale ones beside it. A process
/// that forks a helper per jail clears it before forking, and sweeps from
/// time to time itself ([`sweep`]) rather than at every jail's teardown.
static SWEEP_ON_DROP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// Leaves the sweep to [`sweep`] calls, in this process and those it forks.
pub(crate) fn sweep_on_drop(on: bool) {
    SWEEP_ON_DROP.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Removes the stale cgroups where this process' jails' cgroups go (as
/// dropping one does beside it).
pub(crate) fn sweep() {
    let host = host();
    if let Some(place) = usable_v2(host) {
        remove_stale_in(&place.dir());
        return;
    }
    let Host { own, mounts, .. } = host;
    for (controller, _) in V1_CONTROLLERS {
        if let Some(place) = v1_place(own, mounts.cgroup1(controller), controller) {
            remove_stale_in(&place.dir());
        }
    }
}

/// Removes the empty cgroups left by pyjails killed before they could
/// clean up (SIGKILL): `pyjail-*` (not the `pyjail-supervisor` leaf) whose
/// lock we can take and that are older than `STALE_AFTER`. rmdir only
/// succeeds on a cgroup without processes or children.
fn remove_stale_in(parent: &Path) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let is_jail = name.to_str().is_some_and(|n| {
            n.starts_with("pyjail-") && n != SUPERVISOR_LEAF.trim_start_matches('/')
        });
        // Only a jail's cgroup is looked at further: the controllers' own
        // files beside it are many.
        if !is_jail {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > STALE_AFTER));
        if !old {
            continue;
        }
        if let Ok(lock) = open_locked(&entry.path()) {
            let _ = fs::remove_dir(entry.path());
            drop(lock);
        }
    }
}

/// What [`Cgroup::create`] reads of the host: the boot id's first 8 hex
/// digits, our own cgroups (`/proc/self/cgroup`) and where the cgroup file
/// systems are mounted.
struct Host {
    boot: String,
    own: String,
    mounts: Mounts,
    /// Our v2 cgroup, when it offers the memory and pids controllers.
    usable_v2: OnceLock<Option<Place>>,
}

/// Where the cgroup file systems are mounted, each found when first asked
/// for: at its usual place when that is it (checked: the file system's
/// type, and for a v1 controller a file of its own), else where the mount
/// table says, read once and only then. Its rendering took ~0.07 ms of a
/// cold run here, under the kernel's one lock on every mount namespace.
#[derive(Default)]
struct Mounts {
    table: OnceLock<String>,
    cgroup2: OnceLock<Option<PathBuf>>,
    /// The v1 hierarchies of [`V1_CONTROLLERS`], in that order.
    cgroup1: [OnceLock<Option<PathBuf>>; 3],
}

/// The v1 controllers pyjail uses, each with a file only its hierarchy has
/// at its root. The pids hierarchy's root has none: one mounted at
/// `/sys/fs/cgroup/pids` is taken for it, and a hierarchy without the
/// controller there fails the run when its jail's `pids.max` is set.
const V1_CONTROLLERS: [(&str, Option<&str>); 3] = [
    ("memory", Some("memory.limit_in_bytes")),
    ("pids", None),
    ("cpuacct", Some("cpuacct.usage")),
];

impl Mounts {
    fn table(&self) -> &str {
        self.table.get_or_init(|| read_proc("/proc/self/mountinfo"))
    }

    /// The cgroup2 file system's mount point.
    fn cgroup2(&self) -> Option<PathBuf> {
        let found = self.cgroup2.get_or_init(|| {
            ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"]
                .into_iter()
                .map(PathBuf::from)
                .find(|dir| is_fs(dir, nix::sys::statfs::CGROUP2_SUPER_MAGIC))
                .or_else(|| cgroup2_in(self.table()))
        });
        found.clone()
    }

    /// The mount point of the v1 hierarchy that has `controller`, one of
    /// [`V1_CONTROLLERS`].
    fn cgroup1(&self, controller: &str) -> Option<PathBuf> {
        let at = V1_CONTROLLERS.iter().position(|(c, _)| *c == controller)?;
        let found = self.cgroup1[at].get_or_init(|| {
            let usual = Path::new("/sys/fs/cgroup").join(controller);
            let own_file = V1_CONTROLLERS[at].1.map(|file| usual.join(file));
            if is_fs(&usual, nix::sys::statfs::CGROUP_SUPER_MAGIC)
                && own_file.is_none_or(|file| file.is_file())
            {
                return Some(usual);
            }
            cgroup1_in(self.table(), controller)
        });
        found.clone()
    }
}

/// `dir` is the root of a file system of type `kind`.
fn is_fs(dir: &Path, kind: nix::sys::statfs::FsType) -> bool {
    nix::sys::statfs::statfs(dir).is_ok_and(|s| s.filesystem_type() == kind)
}

static HOST: OnceLock<Host> = OnceLock::new();

/// Read at a process' first cgroup. A process that forks a helper per jail
/// (the forker of `pyjail serve`'s warm jails) reads it once
/// ([`crate::warm::prepare_forker`]) before forking, and its helpers find it read: some 30
/// system calls less per jail (and the kernel's rendering of the mount table
/// where the cgroup file systems are not at their usual places). The jails'
/// cgroups then nest where that process was when it read it.
fn host() -> &'static Host {
    HOST.get_or_init(|| {
        let boot = read_proc("/proc/sys/kernel/random/boot_id");
        Host {
            boot: boot
                .chars()
                .filter(char::is_ascii_hexdigit)
                .take(8)
                .collect(),
            own: read_proc("/proc/self/cgroup"),
            mounts: Mounts::default(),
            usable_v2: OnceLock::new(),
        }
    })
}

/// A /proc file read whole, or empty when it cannot be. Its size shows as 0,
/// so `fs::read_to_string` would start with small reads, each rendering the
/// file on from where the last stopped (the mount table took 7 reads and
/// ~0.09 ms here, before the jail's clone); a buffer of 16 KiB takes it in one.
fn read_proc(path: &str) -> String {
    use std::io::Read;
    let mut text = String::with_capacity(16 * 1024);
    match fs::File::open(path).and_then(|mut file| file.read_to_string(&mut text)) {
        Ok(_) => text,
        Err(_) => String::new(),
    }
}

/// Reads what [`Cgroup::create`] needs of the host now, for the processes
/// this one forks afterwards (see [`host`]), and for a jail about to be
/// cloned: a mount table read after the clone would hold the kernel's one
/// lock on every mount namespace while the jail's first process mounts its
/// root.
pub(crate) fn read_host() {
    let host = host();
    if usable_v2(host).is_none() {
        for (controller, _) in V1_CONTROLLERS {
            host.mounts.cgroup1(controller);
        }
    }
}

/// Our v2 cgroup, when it offers the memory and pids controllers.
fn usable_v2(host: &Host) -> Option<Place> {
    let usable = host.usable_v2.get_or_init(|| {
        v2_place(&host.own, host.mounts.cgroup2())
            .filter(|place| offers_v2_controllers(&place.dir()))
    });
    usable.clone()
}

/// `pyjail-<first 8 hex digits of the boot id>-<16 random hex digits>`.
fn new_name() -> Result<String, CgroupError> {
    let mut random = [0u8; 8];
    crate::ids::random_bytes(&mut random).map_err(CgroupError::Random)?;
    let random: String = random.iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!("pyjail-{}-{random}", host().boot))
}

/// mkdir, then hold the new cgroup's lock (see the module's comment).
fn mkdir_locked(dir: &Path) -> Result<OwnedFd, CgroupError> {
    mkdir(dir)?;
    open_locked(dir).map_err(|source| {
        let _ = fs::remove_dir(dir);
        CgroupError::NotWritable {
            path: dir.into(),
            source,
        }
    })
}

/// Opens a cgroup directory and takes its lock without waiting.
fn open_locked(dir: &Path) -> io::Result<OwnedFd> {
    let fd: OwnedFd = fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(dir)?
        .into();
    // SAFETY: plain fd operation on a fd we own.
    if unsafe { libc::flock(fd.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(fd)
}

fn mkdir(dir: &Path) -> Result<(), CgroupError> {
    fs::create_dir(dir).map_err(|source| CgroupError::NotWritable {
        path: dir.into(),
        source,
    })
}

fn set(file: &Path, value: u64) -> Result<(), CgroupError> {
    fs::write(file, value.to_string()).map_err(|source| CgroupError::Limit {
        path: file.into(),
        source,
    })
}

/// `total` split into user and system time in the proportion of `user` to
/// `system` (all of it user time when neither counted anything, as the
/// kernel's `cputime_adjust` does).
fn split_by_ticks(total: u64, user: u64, system: u64) -> (u64, u64) {
    if system == 0 {
        return (total, 0);
    }
    if user == 0 {
        return (0, total);
    }
    let system =
        (u128::from(total) * u128::from(system) / (u128::from(user) + u128::from(system))) as u64;
    (total - system, system)
}

fn read_u64(file: &Path) -> Option<u64> {
    fs::read_to_string(file).ok()?.trim().parse().ok()
}

/// The value after `key` in a `key value` file.
fn keyed(file: &Path, key: &str) -> u64 {
    value_of(&fs::read_to_string(file).unwrap_or_default(), key)
}

/// The value after `key` in `key value` lines.
fn value_of(text: &str, key: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(' ')?.trim().parse().ok())
        .unwrap_or(0)
}

/// A cgroup file's whole text, read from its start (the file's kernel
/// side writes it afresh for a read at offset 0).
fn read_from_start(file: &fs::File) -> Option<String> {
    use std::os::unix::fs::FileExt;
    let mut text = Vec::new();
    let mut chunk = [0u8; 512];
    loop {
        match file.read_at(&mut chunk, text.len() as u64) {
            Ok(0) => break,
            Ok(n) => text.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
    String::from_utf8(text).ok()
}

/// Leaf that pyjail moves itself into when its own v2 cgroup must have no
/// processes before controllers can be enabled for children (delegated scopes).
const SUPERVISOR_LEAF: &str = "/pyjail-supervisor";

/// The cgroup2 file system's `mount` and our path in it ("0::/path").
fn v2_place(own: &str, mount: Option<PathBuf>) -> Option<Place> {
    let path = own.lines().find_map(|l| l.strip_prefix("0::"))?;
    let path = path.strip_suffix(SUPERVISOR_LEAF).unwrap_or(path);
    Some(Place {
        mount: mount?,
        own: path.to_string(),
    })
}

/// The `mount` of the v1 hierarchy that has `controller`, and our path in it.
fn v1_place(own: &str, mount: Option<PathBuf>, controller: &str) -> Option<Place> {
    let path = own.lines().find_map(|l| {
        let mut parts = l.splitn(3, ':');
        let (_, controllers, path) = (parts.next()?, parts.next()?, parts.next()?);
        controllers
            .split(',')
            .any(|c| c == controller)
            .then(|| path.to_string())
    })?;
    Some(Place {
        mount: mount?,
        own: path,
    })
}

/// The first cgroup2 mount point in a mount table (`/proc/self/mountinfo`).
fn cgroup2_in(mounts: &str) -> Option<PathBuf> {
    mounts.lines().find_map(|line| {
        let (left, right) = line.split_once(" - ")?;
        (right.split(' ').next() == Some("cgroup2"))
            .then(|| left.split(' ').nth(4).map(PathBuf::from))?
    })
}

/// The mount point of the v1 hierarchy that has `controller`, in a mount table.
fn cgroup1_in(mounts: &str, controller: &str) -> Option<PathBuf> {
    mounts.lines().find_map(|line| {
        let (left, right) = line.split_once(" - ")?;
        let mut fields = right.split(' ');
        let is_cgroup = fields.next() == Some("cgroup");
        let options = fields.nth(1)?;
        (is_cgroup && options.split(',').any(|o| o == controller))
            .then(|| left.split(' ').nth(4).map(PathBuf::from))?
    })
}

const V2_CONTROLLERS: [&str; 2] = ["memory", "pids"];

/// Our v2 cgroup has the memory and pids controllers (its parent gives them to it).
fn offers_v2_controllers(dir: &Path) -> bool {
    lists_v2_controllers(&fs::read_to_string(dir.join("cgroup.controllers")).unwrap_or_default())
}

/// A `cgroup.controllers` or `cgroup.subtree_control` text names memory and pids.
fn lists_v2_controllers(list: &str) -> bool {
    V2_CONTROLLERS
        .iter()
        .all(|c| list.split_whitespace().any(|x| x == *c))
}

/// Makes our v2 cgroup give memory and pids to its children (works where we
/// own it: as root, or in a delegated subtree). A cgroup with processes
/// cannot, so when pyjail and its jail (already cloned, not yet running the
/// program) are the only ones in it, they move into a leaf of it first;
/// pyjails started later in that leaf nest beside it (see `v2_place`).
fn enable_v2_controllers(dir: &Path) -> Result<(), CgroupError> {
    let control = dir.join("cgroup.subtree_control");
    if lists_v2_controllers(&fs::read_to_string(&control).unwrap_or_default()) {
        return Ok(());
    }
    let enable = || {
        fs::write(&control, "+memory +pids").map_err(|source| CgroupError::Limit {
            path: control.clone(),
            source,
        })
    };
    match enable() {
        Err(CgroupError::Limit { source, .. }) if source.raw_os_error() == Some(libc::EBUSY) => {
            move_into_leaf(dir)?;
            enable()
        }
        result => result,
    }
}

/// Moves pyjail and its children out of `dir` into `dir/pyjail-supervisor`;
/// refuses (moving nothing) when other processes share `dir`.
fn move_into_leaf(dir: &Path) -> Result<(), CgroupError> {
    let me = std::process::id();
    let procs: Vec<u32> = fs::read_to_string(dir.join("cgroup.procs"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .collect();
    let others = procs
        .iter()
        .filter(|&&pid| pid != me && parent_of(pid) != Some(me))
        .count();
    if others > 0 {
        return Err(CgroupError::Shared {
            path: dir.into(),
            others,
        });
    }
    let leaf = dir.join(SUPERVISOR_LEAF.trim_start_matches('/'));
    if !leaf.is_dir() {
        mkdir(&leaf)?;
    }
    for pid in procs {
        fs::write(leaf.join("cgroup.procs"), pid.to_string()).map_err(|source| {
            CgroupError::Limit {
                path: leaf.join("cgroup.procs"),
                source,
            }
        })?;
    }
    Ok(())
}

fn parent_of(pid: u32) -> Option<u32> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(')')?
        .1
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// What `doctor` shows about cgroups on this host.
pub fn describe() -> Vec<String> {
    let own = fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
    let mounts = fs::read_to_string("/proc/self/mountinfo").unwrap_or_default();
    let mut lines = Vec::new();
    if let Some(place) = v2_place(&own, cgroup2_in(&mounts)) {
        let controllers =
            fs::read_to_string(place.dir().join("cgroup.controllers")).unwrap_or_default();
        lines.push(format!(
            "cgroup v2 at {} (controllers here: {})",
            place.dir().display(),
            if controllers.trim().is_empty() {
                "none"
            } else {
                controllers.trim()
            }
        ));
    }
    for controller in ["memory", "pids"] {
        match v1_place(&own, cgroup1_in(&mounts, controller), controller) {
            Some(place) => {
                let writable =
                    nix::unistd::access(&place.dir(), nix::unistd::AccessFlags::W_OK).is_ok();
                lines.push(format!(
                    "cgroup v1 {controller} at {} ({})",
                    place.dir().display(),
                    if writable {
                        "writable"
                    } else {
                        "not writable by us"
                    }
                ));
            }
            None => lines.push(format!("cgroup v1 {controller}: not mounted")),
        }
    }
    lines
}

/// Child side: moves the calling thread into the cgroup through the `tasks`
/// files the supervisor opened (the kernel checks the opener's credentials).
/// Writing "0" (the caller itself, a single thread) skips the global
/// threadgroup lock that a `cgroup.procs` write takes, and with it an RCU
/// grace period: ~10 ms per v1 move here, ~0.03 ms this way. The caller must
/// be single-threaded, so that moving the thread moves the process.
pub fn join_self(files: Vec<OwnedFd>) -> io::Result<()> {
    for file in files {
        nix::unistd::write(&file, b"0")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The usual places, when taken, are the file systems the mount table
    /// names (on the host the tests run on); the mount table is read only
    /// for what is not at its usual place.
    #[test]
    fn the_usual_places_are_what_the_mount_table_says() {
        let table = read_proc("/proc/self/mountinfo");
        let same = |found: Option<PathBuf>, listed: Option<PathBuf>| match (found, listed) {
            (Some(found), Some(listed)) => {
                fs::canonicalize(&found).ok() == fs::canonicalize(&listed).ok()
            }
            (found, listed) => found == listed,
        };
        let mounts = Mounts::default();
        assert!(same(mounts.cgroup2(), cgroup2_in(&table)));
        for (controller, _) in V1_CONTROLLERS {
            assert!(
                same(mounts.cgroup1(controller), cgroup1_in(&table, controller)),
                "{controller}: {:?} against the table's {:?}",
                mounts.cgroup1(controller),
                cgroup1_in(&table, controller)
            );
        }
        let usual = |dir: &Option<PathBuf>| {
            dir.as_ref()
                .is_some_and(|d| d.starts_with("/sys/fs/cgroup"))
        };
        let all_usual = usual(&mounts.cgroup2())
            && V1_CONTROLLERS
                .iter()
                .all(|(c, _)| usual(&mounts.cgroup1(c)));
        assert_eq!(mounts.table.get().is_some(), !all_usual);
        // One not at its usual place comes from the table.
        assert_eq!(
            cgroup1_in(
                "35 25 0:30 / /srv/mem rw - cgroup cgroup rw,memory\n",
                "memory"
            ),
            Some(PathBuf::from("/srv/mem"))
        );
        assert_eq!(
            cgroup2_in("30 25 0:26 / /srv/unified rw - cgroup2 cgroup2 rw\n"),
            Some(PathBuf::from("/srv/unified"))
        );
    }

    #[test]
    fn the_precise_total_is_split_as_the_tick_counts_are() {
        // A light job: no whole tick counted, yet it ran.
        assert_eq!(split_by_ticks(3_100_000, 0, 0), (3_100_000, 0));
        assert_eq!(split_by_ticks(10_000_000, 0, 4_000_000), (0, 10_000_000));
        assert_eq!(split_by_ticks(10_000_000, 4_000_000, 0), (10_000_000, 0));
        assert_eq!(
            split_by_ticks(9_000_000, 8_000_000, 4_000_000),
            (6_000_000, 3_000_000)
        );
        let (user, system) = split_by_ticks(u64::MAX, u64::MAX, u64::MAX);
        assert_eq!(user + system, u64::MAX);
    }
}
