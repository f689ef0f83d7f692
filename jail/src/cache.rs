//! pyjail's on-disk cache (`$XDG_CACHE_HOME/pyjail`, `~/.cache/pyjail`, or a
//! private `/tmp/pyjail-<uid>` for accounts without a home): interpreter
//! probes and compiled preludes, so that a run does not pay for them. Only a
//! directory and files we own, that nobody else can write, are used: a forged
//! entry would choose what the jail shows or runs first.

use std::fs::{File, Metadata};
use std::hash::{Hash, Hasher};
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// Adds what identifies `path`'s current content (device, inode, size,
/// mtime) to a cache key, so that replacing the file invalidates the entry.
pub fn hash_file_identity(path: &Path, meta: &Metadata, hasher: &mut impl Hasher) {
    (
        path,
        meta.dev(),
        meta.ino(),
        meta.size(),
        meta.mtime(),
        meta.mtime_nsec(),
    )
        .hash(hasher);
}

/// The entry `name`, if it is a regular file of ours.
pub fn load(name: &str) -> Option<Vec<u8>> {
    let mut content = Vec::new();
    open(name)?.read_to_end(&mut content).ok()?;
    Some(content)
}

/// The entry `name` opened for reading, if it is a regular file of ours
/// (checked on the open file: the name cannot be swapped in between; opened
/// non-blocking, so that a FIFO in its place cannot stall the open).
pub fn open(name: &str) -> Option<File> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(dir()?.join(name))
        .ok()?;
    let meta = file.metadata().ok()?;
    (meta.is_file() && meta.uid() == nix::unistd::geteuid().as_raw()).then_some(file)
}

/// Best effort, atomic: a temporary file renamed into place.
pub fn store(name: &str, content: &[u8]) {
    let Some(path) = dir().map(|d| d.join(name)) else {
        return;
    };
    let temporary = path.with_extension(format!("tmp{}", std::process::id()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&temporary)
        .and_then(|mut f| f.write_all(content));
    if written.is_err() || std::fs::rename(&temporary, &path).is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
}

/// Looked up and checked once per process: a run reads three entries.
fn dir() -> Option<&'static Path> {
    static DIR: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    DIR.get_or_init(find_dir).as_deref()
}

fn find_dir() -> Option<PathBuf> {
    let home = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache")))
        .map(|base| base.join("pyjail"));
    // Accounts without a writable home (system users) get a private
    // directory under the temporary directory instead.
    let private_tmp = std::env::temp_dir().join(format!("pyjail-{}", nix::unistd::geteuid()));
    home.into_iter()
        .chain([private_tmp])
        .find_map(|dir| usable(&dir).then_some(dir))
}

/// Creates `dir` (0700) and accepts it only if it is a real directory of
/// ours that nobody else can write.
fn usable(dir: &Path) -> bool {
    let _ = std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir);
    std::fs::symlink_metadata(dir).is_ok_and(|meta| {
        meta.is_dir() && meta.uid() == nix::unistd::geteuid().as_raw() && meta.mode() & 0o022 == 0
    })
}
