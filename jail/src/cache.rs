//! pyjail's on-disk cache (`$XDG_CACHE_HOME/pyjail`, `~/.cache/pyjail`, or a
//! private `/tmp/pyjail-<uid>` for accounts without a home): interpreter
//! probes and compiled preludes, so that a run does not pay for them. Only a
//! directory and files we own, that nobody else can write, are used: a forged
//! entry would choose what the jail shows or runs first.
//!
//! Entries are named `<kind>-<key>.<extension>`, the key covering the pyjail
//! binary and the files an entry came from, so every upgrade and every new
//! profile text makes new ones: a store keeps the newest [`KEPT_PER_KIND`] of
//! its kind and removes the rest, so the directory stays bounded.

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

/// Entries of one kind kept when another is stored; a run reads one of
/// each, a store happens on a miss only.
pub const KEPT_PER_KIND: usize = 32;

/// Best effort, atomic: a temporary file renamed into place; then the
/// oldest entries of its kind past [`KEPT_PER_KIND`] are removed.
pub fn store(name: &str, content: &[u8]) {
    let Some(dir) = dir() else {
        return;
    };
    let path = dir.join(name);
    let temporary = path.with_extension(format!("tmp{}", std::process::id()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&temporary)
        .and_then(|mut f| f.write_all(content));
    if written.is_err() || std::fs::rename(&temporary, &path).is_err() {
        let _ = std::fs::remove_file(&temporary);
        return;
    }
    prune(dir, name, KEPT_PER_KIND);
}

/// Removes the oldest entries (by modification time) of `stored`'s kind,
/// keeping `kept`; only regular files of ours, and never a temporary file
/// another pyjail is writing.
fn prune(dir: &Path, stored: &str, kept: usize) {
    let Some(kind) = kind_of(stored) else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let me = nix::unistd::geteuid().as_raw();
    let mut same_kind: Vec<(std::time::SystemTime, PathBuf)> = entries
        .flatten()
        .filter(|entry| {
            let name = entry.file_name();
            name.to_str().and_then(kind_of) == Some(kind)
        })
        .filter_map(|entry| {
            let meta = entry.metadata().ok()?;
            if !meta.is_file() || meta.uid() != me {
                return None;
            }
            Some((meta.modified().ok()?, entry.path()))
        })
        .collect();
    if same_kind.len() <= kept {
        return;
    }
    same_kind.sort_by_key(|entry| std::cmp::Reverse(entry.0));
    for (_, path) in same_kind.into_iter().skip(kept) {
        let _ = std::fs::remove_file(path);
    }
}

/// `profile` for `profile-0123456789abcdef.bin`; None for any other name (a
/// temporary file's extension is `tmp<pid>`).
fn kind_of(name: &str) -> Option<&str> {
    let (kind, rest) = name.split_once('-')?;
    let (key, extension) = rest.split_once('.')?;
    let is_key = key.len() == 16 && key.bytes().all(|b| b.is_ascii_hexdigit());
    let is_extension = !extension.is_empty() && extension.bytes().all(|b| b.is_ascii_lowercase());
    (is_key && is_extension && !kind.is_empty()).then_some(kind)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_told_apart_by_kind_and_temporary_files_are_none() {
        assert_eq!(kind_of("profile-0123456789abcdef.bin"), Some("profile"));
        assert_eq!(kind_of("prelude-0123456789abcdef.pyc"), Some("prelude"));
        for other in [
            "profile-0123456789abcdef.tmp4242",
            "profile-0123.json",
            "vm",
            "profile-0123456789abcdeg.json",
        ] {
            assert_eq!(kind_of(other), None, "{other}");
        }
    }

    #[test]
    fn a_store_keeps_the_newest_entries_of_its_kind_and_nothing_else_is_touched() {
        let dir = std::env::temp_dir().join(format!("pyjail-cache-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir(&dir).unwrap();
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        let mut profiles = Vec::new();
        for i in 0..6u64 {
            // An entry of an earlier format is of the same kind.
            let extension = if i == 0 { "json" } else { "bin" };
            let name = format!("profile-{i:016x}.{extension}");
            let file = File::create(dir.join(&name)).unwrap();
            // Entry i is i minutes newer than the oldest.
            file.set_modified(old + std::time::Duration::from_secs(60 * i))
                .unwrap();
            profiles.push(name);
        }
        for other in [
            "prelude-0000000000000000.pyc",
            "profile-0000000000000009.tmp77",
            "notes",
        ] {
            let file = File::create(dir.join(other)).unwrap();
            file.set_modified(old).unwrap();
        }
        prune(&dir, &profiles[5], 4);
        let mut left: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            left,
            [
                "notes",
                "prelude-0000000000000000.pyc",
                "profile-0000000000000002.bin",
                "profile-0000000000000003.bin",
                "profile-0000000000000004.bin",
                "profile-0000000000000005.bin",
                "profile-0000000000000009.tmp77",
            ]
        );
    }
}
