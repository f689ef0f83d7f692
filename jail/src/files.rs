//! Files into and out of the jail's /work.
//!
//! **In** (`--work DIR`, `pyjail run DIR`): the caller's side [`scan`]s DIR
//! (regular files and directories; anything else is skipped with a note) and
//! refuses a tree over the caps. The supervisor opens each file with the
//! caller's own rights, without following links ([`send_work`]), and passes the
//! descriptor to the jail's first process, which copies it into /work as the
//! jail user ([`receive_work`]), after it has joined the cgroup (the copies are
//! the jail's memory) and before the program starts. Host files are never
//! mounted, and the program never holds a host descriptor.
//!
//! **Out** (`--out DIR`): before the program starts, the jail's first process
//! sends the supervisor a descriptor of /work; it keeps the jail's tmpfs
//! alive after the jail is gone. Once every jailed process is dead (nothing
//! can change the tree any more), [`collect`] walks it through descriptors
//! (`openat2` with `RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_XDEV`,
//! `O_NOFOLLOW`), takes regular files only, with caps on count, size, depth
//! and names, and writes them under a new or empty host directory with
//! `O_CREAT | O_EXCL | O_NOFOLLOW`, under sanitised names, never executable.
//! When the jail's files belong to another host id than the caller (an
//! ordinary user's subordinate id), a forked helper first enters the jail's
//! user namespace, whose owner may read what its ids own. A warm jail's job
//! ([`collect_in_memory`]) takes the same walk and keeps the files' bytes for
//! its answer instead of writing them; the client writes them with
//! [`write_collected`], under the same rules.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Component, Path, PathBuf};

use nix::fcntl::{openat2, OFlag, OpenHow, ResolveFlag};
use nix::sys::stat::Mode;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::control::{self, Message};
use crate::error::JailError;
use crate::layer::Layer;

/// Most entries (files and directories) `--work` copies in.
pub const MAX_WORK_ENTRIES: usize = 10_000;
/// Most files `--out` collects.
pub const MAX_COLLECTED: usize = 1_000;
/// Most directories `--out` looks into (empty ones cost a walk too).
pub const MAX_DIRS: usize = 1_000;
/// Deepest directory nesting either way.
pub const MAX_DEPTH: usize = 32;
/// Longest relative path either way, in bytes.
pub const MAX_PATH: usize = 1024;
/// Longest name in a path, in bytes (the kernel's NAME_MAX).
pub const MAX_NAME: usize = 255;
/// The jail acknowledges every this many copied files: the supervisor never
/// has more descriptors in flight than that (the kernel counts them against
/// the sender's open-file limit).
const ACK_EVERY: usize = 32;

/// A directory to copy into /work, as scanned.
#[derive(Debug, Clone)]
pub struct WorkTree {
    pub root: PathBuf,
    /// Parents before children.
    pub entries: Vec<WorkEntry>,
    /// What was skipped, and why (said to the user).
    pub notes: Vec<String>,
    pub bytes: u64,
}

#[derive(Debug, Clone)]
pub struct WorkEntry {
    /// Relative to the root: normal components only.
    pub path: PathBuf,
    pub kind: EntryKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Dir,
    File {
        size: u64,
        executable: bool,
        /// Kept on the copy, so that `--out` can tell what the program changed.
        mtime: (i64, i64),
    },
}

/// Caps for `--work`: each file at most `file_size`, all at most `total`.
#[derive(Debug, Clone, Copy)]
pub struct WorkCaps {
    pub file_size: u64,
    pub total: u64,
}

/// Walks `root` without following links inside it; refuses what breaks a cap.
pub fn scan(root: &Path, caps: WorkCaps) -> Result<WorkTree, JailError> {
    let flag = |text: String| JailError::Input(format!("--work {}: {text}", root.display()));
    let meta = fs::metadata(root).map_err(|e| flag(e.to_string()))?;
    if !meta.is_dir() {
        return Err(flag("not a directory".into()));
    }
    let mut tree = WorkTree {
        root: root.to_path_buf(),
        entries: Vec::new(),
        notes: Vec::new(),
        bytes: 0,
    };
    let mut pending = vec![(PathBuf::new(), 0usize)];
    while let Some((dir, depth)) = pending.pop() {
        let mut names: Vec<_> = fs::read_dir(root.join(&dir))
            .map_err(|e| flag(format!("{}: {e}", dir.display())))?
            .map(|entry| entry.map(|e| e.file_name()))
            .collect::<Result<_, _>>()
            .map_err(|e| flag(format!("{}: {e}", dir.display())))?;
        names.sort();
        let mut subdirs = Vec::new();
        for name in names {
            let path = dir.join(&name);
            let meta = fs::symlink_metadata(root.join(&path))
                .map_err(|e| flag(format!("{}: {e}", path.display())))?;
            let kind = meta.file_type();
            if !kind.is_dir() && !kind.is_file() {
                tree.notes.push(format!(
                    "--work: skipped {} ({})",
                    shown(&path),
                    describe(&meta)
                ));
                continue;
            }
            if path.as_os_str().len() > MAX_PATH {
                return Err(flag(format!(
                    "{}: path longer than {MAX_PATH} bytes",
                    shown(&path)
                )));
            }
            if tree.entries.len() == MAX_WORK_ENTRIES {
                return Err(flag(format!(
                    "more than {MAX_WORK_ENTRIES} files and directories"
                )));
            }
            if kind.is_dir() {
                if depth + 1 > MAX_DEPTH {
                    return Err(flag(format!(
                        "{}: nested deeper than {MAX_DEPTH} directories",
                        shown(&path)
                    )));
                }
                tree.entries.push(WorkEntry {
                    path: path.clone(),
                    kind: EntryKind::Dir,
                });
                subdirs.push((path, depth + 1));
                continue;
            }
            let size = meta.len();
            if size > caps.file_size {
                return Err(flag(format!(
                    "{} is {size} bytes, over the file-size limit ({} bytes; --file-size, or \
                     --ro-bind it)",
                    shown(&path),
                    caps.file_size
                )));
            }
            tree.bytes += size;
            if tree.bytes > caps.total {
                return Err(flag(format!(
                    "more than /work holds ({} bytes; a profile's tmp_size and --memory set it, \
                     or --ro-bind large inputs)",
                    caps.total
                )));
            }
            tree.entries.push(WorkEntry {
                path,
                kind: EntryKind::File {
                    size,
                    executable: meta.permissions().mode() & 0o111 != 0,
                    mtime: (meta.mtime(), meta.mtime_nsec()),
                },
            });
        }
        // Depth first, in name order: every directory comes before what it holds.
        pending.extend(subdirs.into_iter().rev());
    }
    Ok(tree)
}

fn describe(meta: &fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    if kind.is_symlink() {
        "a symbolic link: links are never followed"
    } else if kind.is_fifo() {
        "a FIFO"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else {
        "not a regular file"
    }
}

/// A path for messages: control characters escaped.
fn shown(path: &Path) -> String {
    path.to_string_lossy().escape_debug().to_string()
}

/// Only `a/b/c`: no root, `.`, `..` or empty path.
fn is_plain_relative(path: &Path) -> bool {
    path.components().next().is_some()
        && path.components().all(|c| matches!(c, Component::Normal(_)))
}

fn owned(fd: RawFd) -> OwnedFd {
    // SAFETY: `fd` was just returned by the kernel and is owned by nobody else.
    unsafe { OwnedFd::from_raw_fd(fd) }
}

/// Opens `path` below `dir` without following any link or leaving `dir`.
fn open_beneath(dir: RawFd, path: &Path, flags: OFlag) -> nix::Result<OwnedFd> {
    let how = OpenHow::new()
        .flags(flags | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC | OFlag::O_NOCTTY)
        .resolve(
            ResolveFlag::RESOLVE_BENEATH
                | ResolveFlag::RESOLVE_NO_SYMLINKS
                | ResolveFlag::RESOLVE_NO_MAGICLINKS
                | ResolveFlag::RESOLVE_NO_XDEV,
        );
    openat2(dir, path, how).map(owned)
}

/// One of a scanned tree's files, read again as [`send_work`] opens it (no
/// link followed, a regular file only, never waiting on a FIFO): at most
/// `limit` bytes, more is an error. For the report, which lints what /work
/// was given.
pub fn read_beneath(root: &Path, path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let root = nix::fcntl::open(
        root,
        OFlag::O_DIRECTORY | OFlag::O_RDONLY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .map(owned)?;
    let file = open_beneath(root.as_raw_fd(), path, OFlag::O_RDONLY | OFlag::O_NONBLOCK)?;
    if nix::sys::stat::fstat(file.as_raw_fd())?.st_mode & libc::S_IFMT != libc::S_IFREG {
        return Err(io::Error::other("not a regular file"));
    }
    let mut bytes = Vec::new();
    fs::File::from(file)
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(io::Error::other(format!("larger than {limit} bytes")));
    }
    Ok(bytes)
}

/// Supervisor side: sends the tree to the jail, which copies it into /work.
/// The jail acknowledges every [`ACK_EVERY`] files; a set-up failure it
/// reports instead is returned as such.
pub fn send_work(ctl: RawFd, tree: &WorkTree) -> Result<(), JailError> {
    let flag = |text: String| JailError::Input(format!("--work {}: {text}", tree.root.display()));
    let root = nix::fcntl::open(
        &tree.root,
        OFlag::O_DIRECTORY | OFlag::O_RDONLY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .map(owned)
    .map_err(|e| flag(e.to_string()))?;
    let send = |message: &Message| -> Result<(), JailError> {
        control::send(ctl, message).map_err(|e| JailError::setup(Layer::Work, e))
    };
    let mut unacknowledged = 0;
    for entry in &tree.entries {
        match entry.kind {
            EntryKind::Dir => send(&Message::MakeDir(entry.path.clone()))?,
            EntryKind::File {
                size,
                executable,
                mtime,
            } => {
                // Opened now, not at the scan: a file replaced by a link or a
                // FIFO meanwhile is refused, not followed or waited on.
                let file = open_beneath(
                    root.as_raw_fd(),
                    &entry.path,
                    OFlag::O_RDONLY | OFlag::O_NONBLOCK,
                )
                .map_err(|e| flag(format!("{}: {}", shown(&entry.path), io::Error::from(e))))?;
                let meta = nix::sys::stat::fstat(file.as_raw_fd())
                    .map_err(|e| flag(format!("{}: {}", shown(&entry.path), io::Error::from(e))))?;
                if meta.st_mode & libc::S_IFMT != libc::S_IFREG {
                    return Err(flag(format!(
                        "{}: no longer a regular file",
                        shown(&entry.path)
                    )));
                }
                send(&Message::CopyIn {
                    path: entry.path.clone(),
                    mode: if executable { 0o755 } else { 0o644 },
                    len: size.min(meta.st_size as u64),
                    mtime,
                    file,
                })?;
                unacknowledged += 1;
                if unacknowledged == ACK_EVERY {
                    await_ack(ctl)?;
                    unacknowledged = 0;
                }
            }
        }
    }
    send(&Message::CopyDone)?;
    await_ack(ctl)
}

fn await_ack(ctl: RawFd) -> Result<(), JailError> {
    match control::recv(&Raw(ctl)) {
        Ok(Some(Message::Copied)) => Ok(()),
        Ok(Some(Message::Failed { layer, message })) => Err(JailError::Setup { layer, message }),
        Ok(_) => Err(JailError::setup(
            Layer::Work,
            "the jail stopped while /work was being filled",
        )),
        Err(e) => Err(JailError::setup(Layer::Work, e)),
    }
}

struct Raw(RawFd);

impl AsRawFd for Raw {
    fn as_raw_fd(&self) -> RawFd {
        self.0
    }
}

/// Jail side, in the jail's first process with /work as its working
/// directory: creates what the supervisor sends until `CopyDone`.
pub fn receive_work(ctl: RawFd) -> Result<(), String> {
    let mut copied = 0;
    loop {
        let message = control::recv(&Raw(ctl))
            .map_err(|e| e.to_string())?
            .ok_or("the supervisor went away")?;
        match message {
            Message::MakeDir(path) if is_plain_relative(&path) => {
                nix::unistd::mkdir(&path, Mode::from_bits_truncate(0o755))
                    .map_err(|e| format!("/work/{}: {e}", shown(&path)))?;
            }
            Message::CopyIn {
                path,
                mode,
                len,
                mtime,
                file,
            } if is_plain_relative(&path) => {
                copy_in(&path, mode, len, mtime, &file).map_err(|e| match e.raw_os_error() {
                    Some(libc::ENOSPC) | Some(libc::EFBIG) => format!(
                        "/work/{}: {e}: the --work files do not fit /work",
                        shown(&path)
                    ),
                    _ => format!("/work/{}: {e}", shown(&path)),
                })?;
                copied += 1;
                if copied % ACK_EVERY == 0 {
                    control::send(ctl, &Message::Copied).map_err(|e| e.to_string())?;
                }
            }
            Message::CopyDone => {
                return control::send(ctl, &Message::Copied).map_err(|e| e.to_string());
            }
            other => return Err(format!("unexpected while filling /work: {other:?}")),
        }
    }
}

fn copy_in(path: &Path, mode: u32, len: u64, mtime: (i64, i64), from: &OwnedFd) -> io::Result<()> {
    let to = nix::fcntl::open(
        path,
        OFlag::O_WRONLY | OFlag::O_CREAT | OFlag::O_EXCL | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
        Mode::from_bits_truncate(0o600),
    )
    .map(owned)?;
    let mut left = len as usize;
    let mut offset: libc::off_t = 0;
    while left > 0 {
        // In the kernel, page cache to tmpfs: nothing passes through our memory.
        let n = nix::sys::sendfile::sendfile(&to, from, Some(&mut offset), left.min(1 << 30))?;
        if n == 0 {
            break; // the file shrank since it was opened
        }
        left -= n;
    }
    let times = [
        libc::timespec {
            tv_sec: mtime.0,
            tv_nsec: mtime.1,
        },
        libc::timespec {
            tv_sec: mtime.0,
            tv_nsec: mtime.1,
        },
    ];
    // SAFETY: two valid timespecs for an fd we own.
    if unsafe { libc::futimens(to.as_raw_fd(), times.as_ptr()) } < 0 {
        return Err(io::Error::last_os_error());
    }
    nix::sys::stat::fchmod(to.as_raw_fd(), Mode::from_bits_truncate(mode))?;
    Ok(())
}

/// What `--out` asks for.
#[derive(Debug, Clone)]
pub struct CollectSpec {
    /// The host directory (created empty, or found empty, by the caller).
    pub dir: PathBuf,
    /// Globs over the path in /work (`*` stays within a directory, `**`
    /// crosses them; a glob without `/` matches the file name at any depth).
    /// Empty: every file.
    pub globs: Vec<String>,
    pub file_size: u64,
    pub total: u64,
}

/// What came back from /work.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Collected {
    pub files: Vec<CollectedFile>,
    /// Left in the jail, and why.
    pub skipped: Vec<SkippedFile>,
    pub bytes: u64,
    /// Collection could not be done at all (the jail never got to send
    /// /work, or the host directory could not be written).
    pub error: Option<String>,
    /// With [`collect_in_memory`]: each file's bytes, in the order of `files`.
    #[serde(skip)]
    pub contents: Vec<Vec<u8>>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct CollectedFile {
    /// Relative to `--out`, after sanitising.
    pub path: String,
    /// Its path in /work, when sanitising changed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jail_path: Option<String>,
    pub size: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct SkippedFile {
    /// Its path in /work, control characters escaped.
    pub path: String,
    pub why: String,
}

/// Files of /work that are still what pyjail put there: (size, mtime) of the
/// `--work` copies, the program's own text. Not collected.
#[derive(Debug, Clone, Default)]
pub struct Unchanged {
    pub copies: BTreeMap<PathBuf, (u64, (i64, i64))>,
    pub program: Option<(PathBuf, Vec<u8>)>,
    /// Read-only binds below /work: their mount points stay behind, empty.
    pub mount_points: Vec<PathBuf>,
}

/// Copies the files of the dead jail's /work into `spec.dir`. `userns`: the
/// jail's user namespace, entered by a helper process first when the
/// jail's files belong to a host id the caller cannot read as.
pub fn collect(
    work: OwnedFd,
    spec: &CollectSpec,
    unchanged: &Unchanged,
    userns: Option<OwnedFd>,
) -> Collected {
    let out = match nix::fcntl::open(
        &spec.dir,
        OFlag::O_DIRECTORY | OFlag::O_RDONLY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
        Mode::empty(),
    ) {
        Ok(fd) => owned(fd),
        Err(e) => {
            return Collected {
                error: Some(format!("--out {}: {e}", spec.dir.display())),
                ..Collected::default()
            }
        }
    };
    walk(work, Some(out), spec, unchanged, userns)
}

/// As [`collect`], keeping the files' bytes in [`Collected::contents`]
/// instead of writing them anywhere (`spec.dir` is only how they are named).
pub fn collect_in_memory(
    work: OwnedFd,
    spec: &CollectSpec,
    unchanged: &Unchanged,
    userns: Option<OwnedFd>,
) -> Collected {
    walk(work, None, spec, unchanged, userns)
}

/// The walk of /work, into the host directory `out` or into memory.
fn walk(
    work: OwnedFd,
    out: Option<OwnedFd>,
    spec: &CollectSpec,
    unchanged: &Unchanged,
    userns: Option<OwnedFd>,
) -> Collected {
    let globs = match matcher(&spec.globs) {
        Ok(globs) => globs,
        Err(e) => {
            return Collected {
                error: Some(e),
                ..Collected::default()
            }
        }
    };
    let mut walk = Walk {
        spec,
        globs,
        unchanged,
        collected: Collected::default(),
        dirs: 0,
        made: std::collections::HashSet::new(),
    };
    let into = match &out {
        Some(dir) => Target::Host(dir.as_raw_fd()),
        None => Target::Memory,
    };
    let root = Path::new("");
    match userns {
        None => {
            walk.dir(work.as_raw_fd(), into, root, root, 0);
            walk.collected
        }
        Some(userns) => in_helper(userns, out.is_none(), move || {
            walk.dir(work.as_raw_fd(), into, root, root, 0);
            walk.collected
        }),
    }
}

/// Where the walk puts the files it collects.
#[derive(Clone, Copy)]
enum Target {
    /// A directory of the host (its descriptor).
    Host(RawFd),
    /// [`Collected::contents`].
    Memory,
}

/// `--collect` globs as a set; an empty list matches everything.
fn matcher(globs: &[String]) -> Result<Option<(globset::GlobSet, globset::GlobSet)>, String> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut by_path = globset::GlobSetBuilder::new();
    let mut by_name = globset::GlobSetBuilder::new();
    for text in globs {
        let glob = globset::GlobBuilder::new(text)
            .literal_separator(true)
            .build()
            .map_err(|e| format!("--collect `{text}`: {e}"))?;
        if text.contains('/') {
            by_path.add(glob);
        } else {
            by_name.add(glob);
        }
    }
    let build = |b: globset::GlobSetBuilder| b.build().map_err(|e| format!("--collect: {e}"));
    Ok(Some((build(by_path)?, build(by_name)?)))
}

/// Checks `--collect` globs before the run.
pub fn check_globs(globs: &[String]) -> Result<(), JailError> {
    matcher(globs).map(drop).map_err(JailError::Input)
}

struct Walk<'a> {
    spec: &'a CollectSpec,
    globs: Option<(globset::GlobSet, globset::GlobSet)>,
    unchanged: &'a Unchanged,
    collected: Collected,
    dirs: usize,
    /// Into memory: the names made so far, so that two names made safe the
    /// same way (`a\nb`, `a_b`) collide as they do in a host directory.
    made: std::collections::HashSet<PathBuf>,
}

impl Walk<'_> {
    fn skip(&mut self, path: &Path, why: impl Into<String>) {
        // Bounded like the files: a tree of a million links must not fill our memory.
        if self.collected.skipped.len() < MAX_COLLECTED {
            // /work itself (the walk's top) is `.`, not an empty name.
            let path = if path.as_os_str().is_empty() {
                Path::new(".")
            } else {
                path
            };
            self.collected.skipped.push(SkippedFile {
                path: shown(path),
                why: why.into(),
            });
        }
    }

    fn full(&self) -> bool {
        self.collected.files.len() >= MAX_COLLECTED
    }

    /// `from`: a directory of the jail's /work at `jail_path`; `to`: the host
    /// directory at `host_path` below `--out`.
    fn dir(&mut self, from: RawFd, to: Target, jail_path: &Path, host_path: &Path, depth: usize) {
        self.dirs += 1;
        let listing = match nix::dir::Dir::openat(
            Some(from),
            ".",
            OFlag::O_DIRECTORY | OFlag::O_RDONLY | OFlag::O_CLOEXEC,
            Mode::empty(),
        ) {
            Ok(dir) => dir,
            Err(e) => return self.skip(jail_path, format!("cannot list: {e}")),
        };
        let mut names: Vec<Vec<u8>> = Vec::new();
        for entry in listing.into_iter().flatten() {
            let name = entry.file_name().to_bytes().to_vec();
            if name == b"." || name == b".." {
                continue;
            }
            names.push(name);
            if names.len() > 4 * MAX_COLLECTED {
                self.skip(jail_path, "too many entries: the rest were not looked at");
                break;
            }
        }
        names.sort();
        for name in names {
            if self.full() {
                self.skip(jail_path, format!("more than {MAX_COLLECTED} files"));
                return;
            }
            let name = OsStr::from_bytes(&name);
            let path = jail_path.join(name);
            if name.as_bytes().starts_with(b".") || name == "__pycache__" {
                continue; // caches and settings (.cache, .config, bytecode), not results
            }
            if self.unchanged.mount_points.contains(&path) {
                continue;
            }
            if path.as_os_str().len() > MAX_PATH {
                self.skip(&path, format!("path longer than {MAX_PATH} bytes"));
                continue;
            }
            let kind = match nix::sys::stat::fstatat(
                Some(from),
                name,
                nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW,
            ) {
                Ok(meta) => meta.st_mode & libc::S_IFMT,
                Err(e) => {
                    self.skip(&path, format!("cannot stat: {e}"));
                    continue;
                }
            };
            let is_dir = kind == libc::S_IFDIR;
            if kind != libc::S_IFREG && !is_dir {
                let why = match kind {
                    libc::S_IFLNK => "a symbolic link: links are never followed",
                    _ => "not a regular file",
                };
                self.skip(&path, why);
                continue;
            }
            let Some(host_name) = sanitise(name) else {
                self.skip(&path, "name too long once made safe");
                continue;
            };
            let host = host_path.join(&host_name);
            if is_dir {
                if depth + 1 > MAX_DEPTH {
                    self.skip(&path, format!("nested deeper than {MAX_DEPTH} directories"));
                    continue;
                }
                self.subdir(from, to, &path, &host, &host_name, depth + 1);
            } else if self.wanted(&path) {
                self.file(from, to, &path, &host, &host_name);
            }
        }
    }

    fn wanted(&self, path: &Path) -> bool {
        let Some((by_path, by_name)) = &self.globs else {
            return true;
        };
        by_path.is_match(path) || path.file_name().is_some_and(|n| by_name.is_match(n))
    }

    fn subdir(
        &mut self,
        from: RawFd,
        to: Target,
        path: &Path,
        host: &Path,
        host_name: &str,
        depth: usize,
    ) {
        if self.dirs >= MAX_DIRS {
            return self.skip(path, format!("more than {MAX_DIRS} directories"));
        }
        let name = path.file_name().unwrap_or_default();
        let inner = match open_beneath(from, Path::new(name), OFlag::O_DIRECTORY | OFlag::O_RDONLY)
        {
            Ok(fd) => fd,
            Err(e) => return self.skip(path, format!("cannot open: {e}")),
        };
        let Target::Host(to) = to else {
            if !self.made.insert(host.to_path_buf()) {
                return self.skip(
                    path,
                    format!("cannot create {}: {}", host.display(), exists()),
                );
            }
            let before = self.collected.files.len();
            self.dir(inner.as_raw_fd(), Target::Memory, path, host, depth);
            if self.collected.files.len() == before {
                self.made.remove(host);
            }
            return;
        };
        let made = nix::sys::stat::mkdirat(Some(to), host_name, Mode::from_bits_truncate(0o755))
            .map_err(io::Error::from)
            .and_then(|()| {
                open_beneath(
                    to,
                    Path::new(host_name),
                    OFlag::O_DIRECTORY | OFlag::O_RDONLY,
                )
                .map_err(io::Error::from)
            });
        let target = match made {
            Ok(fd) => fd,
            Err(e) => return self.skip(path, format!("cannot create {}: {e}", host.display())),
        };
        let before = self.collected.files.len();
        self.dir(
            inner.as_raw_fd(),
            Target::Host(target.as_raw_fd()),
            path,
            host,
            depth,
        );
        if self.collected.files.len() == before {
            // Nothing in it was collected: remove the empty directory again.
            let _ =
                nix::unistd::unlinkat(Some(to), host_name, nix::unistd::UnlinkatFlags::RemoveDir);
        }
    }

    fn file(&mut self, from: RawFd, to: Target, path: &Path, host: &Path, host_name: &str) {
        let name = path.file_name().unwrap_or_default();
        if let Some((program, text)) = &self.unchanged.program {
            if program == path && same_content(from, name, text) {
                return;
            }
        }
        let source = match open_beneath(from, Path::new(name), OFlag::O_RDONLY | OFlag::O_NONBLOCK)
        {
            Ok(fd) => fd,
            Err(e) => return self.skip(path, format!("cannot open: {e}")),
        };
        let meta = match nix::sys::stat::fstat(source.as_raw_fd()) {
            Ok(meta) => meta,
            Err(e) => return self.skip(path, format!("cannot stat: {e}")),
        };
        if meta.st_mode & libc::S_IFMT != libc::S_IFREG {
            return self.skip(path, "not a regular file");
        }
        let size = meta.st_size as u64;
        let mtime = (meta.st_mtime, meta.st_mtime_nsec);
        if self.unchanged.copies.get(path) == Some(&(size, mtime)) {
            return;
        }
        if size > self.spec.file_size {
            return self.skip(
                path,
                format!(
                    "{size} bytes, over the per-file cap ({} bytes)",
                    self.spec.file_size
                ),
            );
        }
        if self.collected.bytes + size > self.spec.total {
            return self.skip(
                path,
                format!(
                    "{size} bytes, over what is left of the total cap ({} bytes)",
                    self.spec.total
                ),
            );
        }
        let copied = match to {
            Target::Host(to) => copy_out(&source, size, to, host_name),
            Target::Memory if !self.made.insert(host.to_path_buf()) => Err(exists()),
            Target::Memory => read_out(&source, size).map(|(sha256, bytes)| {
                self.collected.contents.push(bytes);
                sha256
            }),
        };
        match copied {
            Ok(sha256) => {
                let host_text = host.to_string_lossy().into_owned();
                let jail_text = path.to_string_lossy().into_owned();
                self.collected.bytes += size;
                self.collected.files.push(CollectedFile {
                    jail_path: (jail_text != host_text).then(|| shown(path)),
                    path: host_text,
                    size,
                    sha256,
                });
            }
            Err(e) => self.skip(path, format!("cannot copy to {}: {e}", host.display())),
        }
    }
}

/// What a host directory answers a name that is already there.
fn exists() -> io::Error {
    io::Error::from_raw_os_error(libc::EEXIST)
}

fn same_content(dir: RawFd, name: &OsStr, text: &[u8]) -> bool {
    let Ok(fd) = open_beneath(dir, Path::new(name), OFlag::O_RDONLY | OFlag::O_NONBLOCK) else {
        return false;
    };
    let mut content = Vec::new();
    fs::File::from(fd)
        .take(text.len() as u64 + 1)
        .read_to_end(&mut content)
        .is_ok()
        && content == text
}

/// Writes `size` bytes of `source` to a new file `name` in `dir`; its sha256.
fn copy_out(source: &OwnedFd, size: u64, dir: RawFd, name: &str) -> io::Result<String> {
    let target = nix::fcntl::openat(
        Some(dir),
        name,
        OFlag::O_WRONLY | OFlag::O_CREAT | OFlag::O_EXCL | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
        Mode::from_bits_truncate(0o644),
    )
    .map(owned)?;
    let mut target = fs::File::from(target);
    let mut source = fs::File::from(source.try_clone()?).take(size);
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let n = source.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
        target.write_all(&buffer[..n])?;
    }
    Ok(format!("{:x}", hasher.finalize()))
}

/// `size` bytes of `source` (at most: a file cannot grow, nothing runs in
/// the jail any more) and their sha256.
fn read_out(source: &OwnedFd, size: u64) -> io::Result<(String, Vec<u8>)> {
    let mut bytes = Vec::with_capacity(size as usize);
    fs::File::from(source.try_clone()?)
        .take(size)
        .read_to_end(&mut bytes)?;
    Ok((format!("{:x}", Sha256::digest(&bytes)), bytes))
}

/// Writes files a warm jail's job collected (`(path, bytes)`, the paths as
/// [`collect_in_memory`] made them) under `dir`, as [`collect`] writes its
/// own: below `dir` only, no link followed, parents made as needed, each
/// file new (`O_EXCL`), mode 0644. Each must match its size and sha256.
pub fn write_collected<'a>(
    dir: &Path,
    files: impl IntoIterator<Item = (&'a CollectedFile, &'a [u8])>,
) -> Result<(), String> {
    let fail = |path: &str, e: &dyn std::fmt::Display| format!("{}: {e}", dir.join(path).display());
    let root = nix::fcntl::open(
        dir,
        OFlag::O_DIRECTORY | OFlag::O_RDONLY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .map(owned)
    .map_err(|e| format!("{}: {e}", dir.display()))?;
    for (file, bytes) in files {
        let path = Path::new(&file.path);
        if !is_plain_relative(path) || file.path.len() > MAX_PATH {
            return Err(fail(&file.path, &"not a plain relative path"));
        }
        if bytes.len() as u64 != file.size || format!("{:x}", Sha256::digest(bytes)) != file.sha256
        {
            return Err(fail(
                &file.path,
                &"its bytes do not match its size and sha256",
            ));
        }
        let mut parent = root.try_clone().map_err(|e| fail(&file.path, &e))?;
        let components: Vec<&OsStr> = path.iter().collect();
        let (name, parents) = components.split_last().expect("a plain relative path");
        for part in parents {
            match nix::sys::stat::mkdirat(
                Some(parent.as_raw_fd()),
                *part,
                Mode::from_bits_truncate(0o755),
            ) {
                Ok(()) | Err(nix::errno::Errno::EEXIST) => {}
                Err(e) => return Err(fail(&file.path, &e)),
            }
            parent = open_beneath(
                parent.as_raw_fd(),
                Path::new(part),
                OFlag::O_DIRECTORY | OFlag::O_RDONLY,
            )
            .map_err(|e| fail(&file.path, &e))?;
        }
        let target = nix::fcntl::openat(
            Some(parent.as_raw_fd()),
            *name,
            OFlag::O_WRONLY | OFlag::O_CREAT | OFlag::O_EXCL | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
            Mode::from_bits_truncate(0o644),
        )
        .map(owned)
        .map_err(|e| fail(&file.path, &e))?;
        fs::File::from(target)
            .write_all(bytes)
            .map_err(|e| fail(&file.path, &e))?;
    }
    Ok(())
}

/// A safe host name for one component from the jail: letters, digits and
/// `._-+=@,%~ ` kept, anything else (control characters, bytes that are not
/// UTF-8, shell specials) becomes `_`, and a leading `-` too (it would read as
/// an option). None when longer than a file name may be.
fn sanitise(name: &OsStr) -> Option<String> {
    let text = String::from_utf8_lossy(name.as_bytes());
    let mut safe: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "._-+=@,%~ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    if safe.starts_with('-') {
        safe.replace_range(..1, "_");
    }
    (!safe.is_empty() && safe.len() <= 255).then_some(safe)
}

/// Runs `work` in a forked process that has entered `userns` (the jail's,
/// which we own: its owner may read whatever its ids own) and hands back
/// what it returns. Our host identity is unchanged there, so what it writes
/// under `--out` is ours. The caller is single-threaded (as `jail::run`).
/// What it returns comes back as one JSON line followed by the bytes of
/// [`Collected::contents`], one file after the other.
fn in_helper(userns: OwnedFd, in_memory: bool, work: impl FnOnce() -> Collected) -> Collected {
    let failed = |why: String| Collected {
        error: Some(why),
        ..Collected::default()
    };
    let (read, write) = match nix::unistd::pipe2(OFlag::O_CLOEXEC) {
        Ok(pair) => pair,
        Err(e) => return failed(format!("cannot start the collecting helper: {e}")),
    };
    // SAFETY: single-threaded caller; the child only runs our code and exits.
    match unsafe { nix::unistd::fork() } {
        Err(e) => failed(format!("cannot start the collecting helper: {e}")),
        Ok(nix::unistd::ForkResult::Child) => {
            drop(read);
            // Never unwinds into the caller's code: this process only reports and exits.
            let result =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match nix::sched::setns(
                    &userns,
                    nix::sched::CloneFlags::CLONE_NEWUSER,
                ) {
                    Ok(()) => work(),
                    Err(e) => failed(format!("cannot enter the jail's user namespace: {e}")),
                }))
                .unwrap_or_else(|_| failed("the collecting helper failed".into()));
            let mut pipe = fs::File::from(write);
            let _ = serde_json::to_writer(&mut pipe, &result)
                .map_err(io::Error::from)
                .and_then(|()| pipe.write_all(b"\n"))
                .and_then(|()| result.contents.iter().try_for_each(|c| pipe.write_all(c)));
            drop(pipe);
            // SAFETY: always safe; nothing of the parent's may run here.
            unsafe { libc::_exit(0) }
        }
        Ok(nix::unistd::ForkResult::Parent { child }) => {
            drop(write);
            let mut text = Vec::new();
            let read_result = fs::File::from(read).read_to_end(&mut text);
            let _ = nix::sys::wait::waitpid(child, None);
            if let Err(e) = read_result {
                return failed(format!("the collecting helper failed: {e}"));
            }
            let end = text.iter().position(|&b| b == b'\n').unwrap_or(text.len());
            let mut result: Collected = match serde_json::from_slice(&text[..end]) {
                Ok(result) => result,
                Err(e) => return failed(format!("the collecting helper failed: {e}")),
            };
            let mut rest = text.get(end + 1..).unwrap_or_default();
            if !in_memory {
                return result;
            }
            for file in &result.files {
                let (bytes, after) = rest.split_at((file.size as usize).min(rest.len()));
                result.contents.push(bytes.to_vec());
                rest = after;
            }
            if !rest.is_empty()
                || result
                    .files
                    .iter()
                    .zip(&result.contents)
                    .any(|(f, c)| c.len() as u64 != f.size)
            {
                return failed("the collecting helper sent other bytes than it listed".into());
            }
            result
        }
    }
}

/// Checks `--out` before the run: a new directory (created here, its parent
/// must exist) or an empty one; never a link.
pub fn prepare_out(dir: &Path) -> Result<(), JailError> {
    let flag = |text: String| JailError::Input(format!("--out {}: {text}", dir.display()));
    match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            fs::create_dir(dir).map_err(|e| flag(format!("cannot create: {e}")))
        }
        Err(e) => Err(flag(e.to_string())),
        Ok(meta) if meta.file_type().is_symlink() => {
            Err(flag("is a symbolic link: give the directory itself".into()))
        }
        Ok(meta) if !meta.is_dir() => Err(flag("exists and is not a directory".into())),
        Ok(_) => {
            let mut entries = fs::read_dir(dir).map_err(|e| flag(e.to_string()))?;
            if entries.next().is_some() {
                return Err(flag(
                    "is not empty: give a new or empty directory (nothing is overwritten)".into(),
                ));
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitised_names_are_plain() {
        let cases: [(&[u8], &str); 7] = [
            (b"plot.png", "plot.png"),
            (b"my plot (1).png", "my plot _1_.png"),
            (b"-rf", "_rf"),
            (b"a\nb\x1b[31m", "a_b__31m"),
            (b"\xff\xfe.csv", "__.csv"),
            (b"r\xc3\xa9sum\xc3\xa9.txt", "résumé.txt"),
            (b"$(id);`x`", "__id___x_"),
        ];
        for (raw, expected) in cases {
            assert_eq!(sanitise(OsStr::from_bytes(raw)).as_deref(), Some(expected));
        }
        assert_eq!(sanitise(OsStr::from_bytes(&[b'a'; 256])), None);
    }

    #[test]
    fn plain_relative_paths_only() {
        assert!(is_plain_relative(Path::new("a/b.txt")));
        for bad in ["", "/etc/passwd", "../x", "a/../../x", "./a"] {
            assert!(!is_plain_relative(Path::new(bad)), "{bad}");
        }
    }

    #[test]
    fn globs_match_names_anywhere_and_paths_from_the_top() {
        let (by_path, by_name) = matcher(&["*.png".into(), "out/*.csv".into()])
            .unwrap()
            .unwrap();
        let wanted = |p: &str| {
            let p = Path::new(p);
            by_path.is_match(p) || p.file_name().is_some_and(|n| by_name.is_match(n))
        };
        assert!(wanted("a.png") && wanted("deep/er/a.png") && wanted("out/r.csv"));
        assert!(!wanted("r.csv") && !wanted("out/deeper/r.csv") && !wanted("a.png.txt"));
        assert!(matcher(&["[".into()]).is_err());
    }
}
