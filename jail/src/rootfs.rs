//! The jail's file system: a tmpfs root holding read-only binds of what the
//! interpreter needs, a minimal /etc without host secrets, a fresh /proc, five
//! /dev nodes, size-capped writable /tmp and /work (the program is copied
//! there), and the prelude under /.pyjail. Nothing else of the host exists.
//!
//! The plan is computed by the supervisor (plain data, no side effects); the
//! child carries it out in its new mount namespace (`build`).

use std::fs::{self, File};
use std::io::{self, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::fs::{symlink, FileExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use nix::fcntl::{open, OFlag};
use nix::mount::MsFlags;
use nix::sys::stat::Mode;

use crate::mount;
use crate::user::{JAIL_ID, JAIL_USER};

/// Where the child builds the new root before pivoting into it. Hiding the
/// host's /tmp there is harmless: bind sources are opened before.
const STAGING: &str = "/tmp";
pub const WORK_DIR: &str = "/work";
pub const TMP_DIR: &str = "/tmp";
pub const PYJAIL_DIR: &str = "/.pyjail";
/// /dev nodes the program may open (the first three for writing too).
pub const DEVICES: &[&str] = &["null", "zero", "full", "random", "urandom"];
pub const WRITABLE_DEVICES: &[&str] = &["/dev/null", "/dev/zero", "/dev/full"];
/// Where POSIX shared memory and named semaphores live (`shm_open`,
/// `sem_open`: multiprocessing's locks, queues and pools): a link to
/// [`TMP_DIR`], so that they share its size cap rather than add a scratch
/// file system of their own.
pub const SHM_DIR: &str = "/dev/shm";
/// Host directories every jail shows read-only (when they exist).
const SYSTEM_DIRS: &[&str] = &[
    "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32",
];

#[derive(Debug, Clone)]
pub struct Bind {
    pub source: PathBuf,
    /// Path inside the jail.
    pub target: PathBuf,
    pub is_dir: bool,
}

/// A file created inside the jail.
#[derive(Debug, Clone)]
pub struct NewFile {
    pub path: PathBuf,
    pub content: Content,
    pub mode: u32,
}

/// What a file created inside the jail holds.
#[derive(Debug, Clone)]
pub enum Content {
    Bytes(Vec<u8>),
    /// The whole of an open host file, copied by the kernel (`sendfile`)
    /// without passing through the supervisor's memory: the prelude's
    /// cached image (67 KB read, then copied into the plan, cost a cold run
    /// ~0.08 ms, mostly in faults on fresh heap pages).
    File(Arc<File>),
}

impl Content {
    /// The bytes, read from the start of the file when it is one.
    pub fn to_bytes(&self) -> io::Result<Vec<u8>> {
        match self {
            Content::Bytes(bytes) => Ok(bytes.clone()),
            Content::File(file) => {
                let mut bytes = Vec::new();
                let mut chunk = [0u8; 64 * 1024];
                loop {
                    match file.read_at(&mut chunk, bytes.len() as u64)? {
                        0 => return Ok(bytes),
                        n => bytes.extend_from_slice(&chunk[..n]),
                    }
                }
            }
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub binds: Vec<Bind>,
    /// (path inside, link text): merged-/usr links like /bin -> usr/bin.
    pub symlinks: Vec<(PathBuf, PathBuf)>,
    /// Directories covered by an empty read-only tmpfs (site-packages in strict).
    pub hidden: Vec<PathBuf>,
    pub files: Vec<NewFile>,
    pub tmp_size: u64,
}

impl Plan {
    /// System directories, the interpreter's prefixes, /etc/ld.so.cache and /etc.
    pub fn new(prefixes: &[PathBuf], tmp_size: u64) -> Plan {
        let mut plan = Plan {
            tmp_size,
            ..Plan::default()
        };
        for dir in SYSTEM_DIRS {
            match fs::symlink_metadata(dir) {
                Ok(meta) if meta.file_type().is_symlink() => {
                    if let Ok(link) = fs::read_link(dir) {
                        plan.symlinks.push((dir.into(), link));
                    }
                }
                Ok(meta) if meta.is_dir() => plan.add_bind(Path::new(dir), Path::new(dir), true),
                _ => {}
            }
        }
        for prefix in prefixes {
            plan.add_bind(prefix, prefix, true);
        }
        if Path::new("/etc/ld.so.cache").is_file() {
            plan.add_bind(
                Path::new("/etc/ld.so.cache"),
                Path::new("/etc/ld.so.cache"),
                false,
            );
        }
        for (name, content) in etc_files() {
            plan.files.push(NewFile {
                path: Path::new("/etc").join(name),
                content: Content::Bytes(content),
                mode: 0o644,
            });
        }
        plan
    }

    /// Adds a read-only bind unless an existing one already shows `source`.
    pub fn add_bind(&mut self, source: &Path, target: &Path, is_dir: bool) {
        let covered = self.binds.iter().any(|b| {
            b.is_dir
                && source.starts_with(&b.source)
                && target.starts_with(&b.target)
                && source.strip_prefix(&b.source).ok() == target.strip_prefix(&b.target).ok()
        });
        if !covered {
            self.binds.push(Bind {
                source: source.into(),
                target: target.into(),
                is_dir,
            });
        }
    }
}

/// A minimal /etc: the jail user, loopback names, files-only lookups.
fn etc_files() -> Vec<(&'static str, Vec<u8>)> {
    let passwd = format!(
        "root:x:0:0:root:/:/usr/sbin/nologin\n\
         {JAIL_USER}:x:{JAIL_ID}:{JAIL_ID}:pyjail sandbox:{WORK_DIR}:/usr/sbin/nologin\n\
         nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
    );
    let group = format!("root:x:0:\n{JAIL_USER}:x:{JAIL_ID}:\nnogroup:x:65534:\n");
    vec![
        ("passwd", passwd.into_bytes()),
        ("group", group.into_bytes()),
        (
            "hosts",
            b"127.0.0.1\tlocalhost pyjail\n::1\tlocalhost\n".to_vec(),
        ),
        (
            "nsswitch.conf",
            b"passwd: files\ngroup: files\nhosts: files\n".to_vec(),
        ),
        ("hostname", b"pyjail\n".to_vec()),
    ]
}

/// Failure of one step, named for the error message.
#[derive(Debug)]
pub struct StepError {
    pub step: String,
    pub source: io::Error,
}

impl std::fmt::Display for StepError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.step, self.source)
    }
}

trait Step<T> {
    fn step(self, what: impl FnOnce() -> String) -> Result<T, StepError>;
}

impl<T, E: Into<io::Error>> Step<T> for Result<T, E> {
    fn step(self, what: impl FnOnce() -> String) -> Result<T, StepError> {
        self.map_err(|e| StepError {
            step: what(),
            source: e.into(),
        })
    }
}

fn staged(inside: &Path) -> PathBuf {
    Path::new(STAGING).join(inside.strip_prefix("/").unwrap_or(inside))
}

/// Bind sources opened while the host tree is visible and we still have our
/// host identity (root may need it to reach e.g. a pyenv under /root).
pub struct Sources(Vec<(OwnedFd, Bind)>);

/// Makes mounts private and opens every bind source (`O_PATH`).
pub fn open_sources(plan: &Plan) -> Result<Sources, StepError> {
    mount::make_all_private().step(|| "make mounts private".into())?;
    let devices = DEVICES.iter().map(|d| Bind {
        source: Path::new("/dev").join(d),
        target: Path::new("/dev").join(d),
        is_dir: false,
    });
    let sources = plan
        .binds
        .iter()
        .cloned()
        .chain(devices)
        .map(|b| {
            let fd = open(&b.source, OFlag::O_PATH | OFlag::O_CLOEXEC, Mode::empty());
            fd.map(|fd| (unsafe_owned(fd), b.clone()))
                .step(|| format!("open {}", b.source.display()))
        })
        .collect::<Result<_, _>>()?;
    Ok(Sources(sources))
}

/// Carries out `plan` in the new mount namespace and pivots into the result,
/// the host's tree still stacked on it until [`Pivoted::seal`].
/// The two scratch tmpfs, /tmp and /work, each of `size` bytes, with their
/// mount options (nosuid, nodev).
pub fn scratch_mounts(size: u64) -> [(&'static str, String); 2] {
    [
        (TMP_DIR, format!("size={size},mode=1777")),
        (
            WORK_DIR,
            format!("size={size},mode=0755,uid={JAIL_ID},gid={JAIL_ID}"),
        ),
    ]
}

/// Runs as the jail user (with the namespace's capabilities): files created on
/// the jail's tmpfs must belong to an id mapped in its user namespace.
pub fn build(plan: &Plan, sources: Sources) -> Result<Pivoted, StepError> {
    let root = Path::new(STAGING);
    mount::tmpfs(root, "size=1m,mode=0755", MsFlags::MS_NOSUID)
        .step(|| "mount the tmpfs root".into())?;
    // Scratch space first, so that binds below /tmp or /work (a venv, a
    // --ro-bind) sit on top of it rather than being hidden by it.
    let scratch = MsFlags::MS_NOSUID | MsFlags::MS_NODEV;
    for (dir, options) in scratch_mounts(plan.tmp_size) {
        let target = staged(Path::new(dir));
        fs::create_dir_all(&target).step(|| format!("create {dir}"))?;
        mount::tmpfs(&target, &options, scratch).step(|| format!("mount {dir}"))?;
    }
    for (fd, bind) in &sources.0 {
        let target = staged(&bind.target);
        create_mount_point(&target, bind.is_dir)
            .step(|| format!("create {}", bind.target.display()))?;
        let source = PathBuf::from(format!("/proc/self/fd/{}", fd.as_raw_fd()));
        mount::bind(&source, &target).step(|| format!("bind {}", bind.source.display()))?;
        let is_device = bind.target.starts_with("/dev");
        mount::remount_read_only(&target, is_device)
            .step(|| format!("make {} read-only", bind.target.display()))?;
    }
    drop(sources);
    for hidden in &plan.hidden {
        let target = staged(hidden);
        if target.is_dir() {
            mount::tmpfs(
                &target,
                "size=4k,mode=0555",
                MsFlags::MS_RDONLY | MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
            )
            .step(|| format!("hide {}", hidden.display()))?;
        }
    }
    for (link, text) in &plan.symlinks {
        symlink(text, staged(link)).step(|| format!("link {}", link.display()))?;
    }
    build_dev(root)?;
    let proc = root.join("proc");
    fs::create_dir(&proc).step(|| "create /proc".into())?;
    mount::procfs(&proc).step(|| "mount a new /proc".into())?;
    for file in &plan.files {
        write_file(&staged(&file.path), &file.content, file.mode)
            .step(|| format!("write {}", file.path.display()))?;
    }
    mount::pivot_into(root).step(|| "pivot_root into the new root".into())?;
    Ok(Pivoted(()))
}

/// The jail's root, pivoted into, with the host's tree stacked on it.
#[must_use = "the host's tree stays reachable until it is sealed"]
pub struct Pivoted(());

impl Pivoted {
    /// Detaches the host's tree, makes the root read-only, enters /work.
    pub fn seal(self) -> Result<(), StepError> {
        mount::detach_old_root().step(|| "detach the old root".into())?;
        mount::seal_root().step(|| "make / read-only".into())?;
        std::env::set_current_dir(WORK_DIR).step(|| format!("chdir {WORK_DIR}"))
    }
}

fn unsafe_owned(fd: std::os::fd::RawFd) -> OwnedFd {
    use std::os::fd::FromRawFd;
    // SAFETY: `fd` was just returned by open(2) and is owned by nobody else.
    unsafe { OwnedFd::from_raw_fd(fd) }
}

fn create_mount_point(target: &Path, is_dir: bool) -> io::Result<()> {
    if is_dir {
        return fs::create_dir_all(target);
    }
    create_file(target).map(drop)
}

/// Creates (truncates) a file, and its parent directories when they are
/// missing: most files go into a directory that an earlier one made, so the
/// file is tried first (one call instead of three).
fn create_file(path: &Path) -> io::Result<File> {
    match File::create(path) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            File::create(path)
        }
        result => result,
    }
}

fn build_dev(root: &Path) -> Result<(), StepError> {
    let dev = root.join("dev");
    for (name, text) in [
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
        ("shm", TMP_DIR),
    ] {
        symlink(text, dev.join(name)).step(|| format!("link /dev/{name}"))?;
    }
    Ok(())
}

fn write_file(path: &Path, content: &Content, mode: u32) -> io::Result<()> {
    let mut file = create_file(path)?;
    match content {
        Content::Bytes(bytes) => file.write_all(bytes)?,
        Content::File(source) => copy_whole(source, &file)?,
    }
    file.set_permissions(fs::Permissions::from_mode(mode))
}

/// Copies all of `source` from its start, leaving its file offset alone
/// (the descriptor is shared with the supervisor).
fn copy_whole(source: &File, target: &File) -> io::Result<()> {
    let meta = source.metadata()?;
    if !meta.is_file() {
        return Err(io::Error::other("the source is not a regular file"));
    }
    let len = meta.len();
    let mut offset: libc::off_t = 0;
    while (offset as u64) < len {
        let left = usize::try_from(len - offset as u64).unwrap_or(usize::MAX);
        let sent =
            nix::sys::sendfile::sendfile(target.as_fd(), source.as_fd(), Some(&mut offset), left)?;
        if sent == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the file is shorter than it was",
            ));
        }
    }
    Ok(())
}
