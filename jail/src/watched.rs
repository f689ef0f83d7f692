//! The supervisor's record of the calls the jail allows but watches: program
//! starts and changes of paths (`seccomp::WATCHED`, and opens that write).
//! The kernel shows each to the supervisor before running it (seccomp user
//! notification); `notify.rs` calls [`read`] while the task waits, checks the
//! notification is still the task's, adds it to the record and answers
//! "continue": the kernel then runs the call with all its usual checks (the
//! read-only root, Landlock, the mount namespace). The record decides
//! nothing.
//!
//! What a record proves: the task made the call, with that number, at that
//! time; the program cannot skip or forge it (ctypes and
//! `_posixsubprocess` reach the same kernel). What it cannot prove: which
//! path the kernel then used. The path is read from the task's memory while
//! the task waits, and another thread of the program can change that memory
//! before the kernel reads it again, so a record says what the memory held
//! when read. Relative paths are resolved against the task's working
//! directory or directory descriptor as /proc shows them at that moment;
//! when that fails the path stays relative and its place unknown. Symbolic
//! links are not followed. Whether the call then succeeded is not known:
//! the kernel answers the task, not the supervisor.
//!
//! Everything read here is hostile: lengths are bounded, bytes that are not
//! UTF-8 are replaced, and the report escapes what it shows.

use std::collections::HashMap;

use crate::outcome::{Act, Place, WatchedCall, WatchedCalls, WatchedGroup};
use crate::{rootfs, seccomp, syscall_table};

/// The longest path read from a task (the kernel's own limit).
const PATH_MAX: usize = 4096;
/// Bytes of each path kept in the record (the place is decided on the whole).
const PATH_SHOWN: usize = 512;
/// Arguments kept of a program start, and bytes of each.
const ARGV_SHOWN: usize = 16;
const ARG_SHOWN: usize = 256;
/// Environment entries of a program start read for loader variables, and
/// names of those kept.
const ENV_READ: usize = 1024;
const LOADER_VARIABLES_SHOWN: usize = 8;
/// Distinct calls kept per group: program starts by path, arguments and
/// loader variables, so that the report can check each against the telemetry
/// or the standard library's own command lines; writes by call and path.
const EXEC_SAMPLES: usize = 64;
/// Hidden entries of the home are where ordinary programs keep caches (fontconfig
/// writes one file per font directory, matplotlib its font list) and where start-up
/// files live: each is checked by path, so the sample is larger.
const HOME_SAMPLES: usize = 256;
const SAMPLES: usize = 16;
/// Callers' pids kept per sample (the report tells whose a change was by them).
const PIDS: usize = 16;
const AT_FDCWD: i32 = libc::AT_FDCWD;

/// Where a call keeps a path.
#[derive(Clone, Copy)]
enum Operand {
    /// A path in argument `n`, relative to the working directory.
    Path(usize),
    /// A directory descriptor and a path (`*at` calls): empty or NULL
    /// means the descriptor itself.
    At(usize, usize),
    /// A descriptor.
    Fd(usize),
}

/// What a watched call does and which paths it names; `changed` marks the
/// paths whose place counts (not the text a symbolic link will hold, not
/// the file a hard link points at).
struct Shape {
    act: Act,
    operands: &'static [(Operand, bool)],
    /// Arguments holding a program start's argv and environment.
    argv: Option<usize>,
    envp: Option<usize>,
}

fn shape(name: &str) -> Option<Shape> {
    use Operand::{At, Fd, Path};
    let (act, operands): (Act, &'static [(Operand, bool)]) = match name {
        "execve" => (Act::Exec, &[(Path(0), true)]),
        "execveat" => (Act::Exec, &[(At(0, 1), true)]),
        "open" | "creat" => (Act::Write, &[(Path(0), true)]),
        "openat" | "openat2" => (Act::Write, &[(At(0, 1), true)]),
        "mkdir" => (Act::Create, &[(Path(0), true)]),
        "mkdirat" => (Act::Create, &[(At(0, 1), true)]),
        "link" => (Act::Create, &[(Path(0), false), (Path(1), true)]),
        "linkat" => (Act::Create, &[(At(0, 1), false), (At(2, 3), true)]),
        "symlink" => (Act::Create, &[(Path(0), false), (Path(1), true)]),
        "symlinkat" => (Act::Create, &[(Path(0), false), (At(1, 2), true)]),
        "rmdir" | "unlink" => (Act::Remove, &[(Path(0), true)]),
        "unlinkat" => (Act::Remove, &[(At(0, 1), true)]),
        "rename" => (Act::Rename, &[(Path(0), true), (Path(1), true)]),
        "renameat" | "renameat2" => (Act::Rename, &[(At(0, 1), true), (At(2, 3), true)]),
        "truncate" => (Act::Truncate, &[(Path(0), true)]),
        "chmod" | "chown" | "lchown" | "utime" | "utimes" => (Act::Metadata, &[(Path(0), true)]),
        "fchmod" | "fchown" => (Act::Metadata, &[(Fd(0), true)]),
        "fchmodat" | "fchmodat2" | "fchownat" | "utimensat" | "futimesat" => {
            (Act::Metadata, &[(At(0, 1), true)])
        }
        _ => return None,
    };
    let (argv, envp) = match name {
        "execve" => (Some(1), Some(2)),
        "execveat" => (Some(2), Some(3)),
        _ => (None, None),
    };
    Some(Shape {
        act,
        operands,
        argv,
        envp,
    })
}

/// One watched call as read from the task.
pub struct Seen {
    pub act: Act,
    pub place: Place,
    pub call: WatchedCall,
}

/// Reads the call `data` names from task `pid` (host pid) while it waits.
/// None when the call is not one to record (an `openat2` that only reads).
pub fn read(pid: u32, data: &libc::seccomp_data) -> Option<Seen> {
    let name = syscall_table::name(i64::from(data.nr));
    let shape = shape(&name)?;
    let task = Task(pid as libc::pid_t);
    if name == "openat2" {
        // struct open_how starts with the u64 flags.
        let flags = task.read_u64(data.args[2]);
        if flags.is_some_and(|f| f & u64::from(seccomp::WRITE_INTENT) == 0) {
            return None;
        }
    }
    let mut place = Place::Writable;
    let mut paths = Vec::with_capacity(shape.operands.len());
    for &(operand, changed) in shape.operands {
        let (path, resolved) = task.path(operand, &data.args);
        if changed {
            place = worse(place, resolved.as_deref().map_or(Place::Unknown, place_of));
        }
        paths.push(shown(resolved.unwrap_or(path)));
    }
    let argv = shape
        .argv
        .map(|at| task.argv(data.args[at]))
        .unwrap_or_default();
    let loader_variables = shape
        .envp
        .map(|at| task.loader_variables(data.args[at]))
        .unwrap_or_default();
    Some(Seen {
        act: shape.act,
        place,
        call: WatchedCall {
            call: name,
            paths,
            argv,
            loader_variables,
            pids: vec![pid],
            count: 1,
        },
    })
}

fn worse(a: Place, b: Place) -> Place {
    let rank = |p| match p {
        Place::Writable => 0,
        Place::HiddenInHome => 1,
        Place::Unknown => 2,
        Place::Outside => 3,
    };
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

/// Where an absolute path points, lexically (`.` and `..` resolved, links
/// not followed): the jail's scratch (/work, /tmp), a harmless device or
/// the task's own descriptors; a hidden entry of /work, the jail's home;
/// or outside them.
pub fn place_of(path: &str) -> Place {
    let normal = normalise(path);
    let under = |dir: &str| {
        normal
            .strip_prefix(dir)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    };
    let own_descriptor = ["/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/"]
        .iter()
        .any(|dir| {
            normal
                .strip_prefix(dir)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        });
    let harmless = rootfs::WRITABLE_DEVICES.contains(&normal.as_str())
        || ["/dev/stdout", "/dev/stderr", "/dev/tty"].contains(&normal.as_str());
    let hidden_in_home = normal
        .strip_prefix(rootfs::WORK_DIR)
        .is_some_and(|rest| rest.starts_with("/."));
    if hidden_in_home {
        Place::HiddenInHome
    } else if under(rootfs::WORK_DIR)
        || under(rootfs::TMP_DIR)
        || under(rootfs::SHM_DIR)
        || own_descriptor
        || harmless
    {
        Place::Writable
    } else {
        Place::Outside
    }
}

/// An absolute path with `.`, `..` and repeated slashes resolved.
fn normalise(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    format!("/{}", parts.join("/"))
}

/// At most [`PATH_SHOWN`] bytes, cut at a character boundary, marked when cut.
fn shown(mut text: String) -> String {
    if text.len() > PATH_SHOWN {
        let mut end = PATH_SHOWN;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        text.push('…');
    }
    text
}

/// A waiting task, read through `process_vm_readv` and /proc.
struct Task(libc::pid_t);

impl Task {
    /// Reads into `buffer` from `address`, stopping at the first page it
    /// cannot read; returns the bytes read.
    fn read_into(&self, address: u64, buffer: &mut [u8]) -> usize {
        const PAGE: u64 = 4096;
        let mut done = 0;
        while done < buffer.len() {
            let at = address.wrapping_add(done as u64);
            let to_page_end = (PAGE - at % PAGE) as usize;
            let want = to_page_end.min(buffer.len() - done);
            let local = libc::iovec {
                iov_base: buffer[done..].as_mut_ptr().cast(),
                iov_len: want,
            };
            let remote = libc::iovec {
                iov_base: at as *mut libc::c_void,
                iov_len: want,
            };
            // SAFETY: `local` points into `buffer` for `want` bytes; the
            // remote range is only read by the kernel, in the other task.
            let n = unsafe { libc::process_vm_readv(self.0, &local, 1, &remote, 1, 0) };
            if n <= 0 {
                break;
            }
            done += n as usize;
            if (n as usize) < want {
                break;
            }
        }
        done
    }

    fn read_u64(&self, address: u64) -> Option<u64> {
        let mut bytes = [0u8; 8];
        (self.read_into(address, &mut bytes) == 8).then(|| u64::from_ne_bytes(bytes))
    }

    /// A NUL-terminated string of at most `max` bytes; None when unreadable
    /// or longer (the kernel refuses a path longer than PATH_MAX too).
    fn c_string(&self, address: u64, max: usize) -> Option<Vec<u8>> {
        if address == 0 {
            return None;
        }
        let mut text = Vec::new();
        let mut chunk = [0u8; 256];
        while text.len() < max {
            let want = chunk.len().min(max - text.len());
            let n = self.read_into(address + text.len() as u64, &mut chunk[..want]);
            if let Some(end) = chunk[..n].iter().position(|&b| b == 0) {
                text.extend_from_slice(&chunk[..end]);
                return Some(text);
            }
            if n < want {
                return None;
            }
            text.extend_from_slice(&chunk[..n]);
        }
        None
    }

    /// The path an operand names as the task wrote it, and resolved to an
    /// absolute path when that is possible.
    fn path(&self, operand: Operand, args: &[u64; 6]) -> (String, Option<String>) {
        let (dir, address) = match operand {
            Operand::Path(at) => (AT_FDCWD, args[at]),
            Operand::At(fd, at) => (args[fd] as i32, args[at]),
            Operand::Fd(fd) => {
                let target = self.link(&format!("fd/{}", args[fd] as i32));
                return (format!("fd {}", args[fd] as i32), target);
            }
        };
        let text = match self.c_string(address, PATH_MAX) {
            Some(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            // NULL or empty with a descriptor: the descriptor itself.
            None if address == 0 && dir != AT_FDCWD => String::new(),
            None => return ("<unreadable>".into(), None),
        };
        if text.starts_with('/') {
            return (text.clone(), Some(text));
        }
        let base = if dir == AT_FDCWD {
            self.link("cwd")
        } else {
            self.link(&format!("fd/{dir}"))
        };
        let resolved = base.filter(|b| b.starts_with('/')).map(|base| {
            if text.is_empty() {
                base
            } else {
                format!("{}/{text}", base.trim_end_matches('/'))
            }
        });
        (text, resolved)
    }

    /// A /proc link of the task (`cwd`, `fd/N`) as the kernel shows it:
    /// a path inside the jail's root.
    fn link(&self, name: &str) -> Option<String> {
        let target = match std::fs::read_link(format!("/proc/{}/{name}", self.0)) {
            Ok(target) => target,
            Err(_) => self.descriptor_path(name.strip_prefix("fd/")?.parse().ok()?)?,
        };
        Some(target.to_string_lossy().into_owned())
    }

    /// Where the task's descriptor `fd` leads, from a copy of it: a task of
    /// another host id keeps its /proc `fd` directory to itself, but an
    /// ordinary user's supervisor may copy its descriptors (`pidfd_getfd`:
    /// it owns the jail's user namespace). The copy is only read and closed.
    fn descriptor_path(&self, fd: i32) -> Option<std::path::PathBuf> {
        use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
        // SAFETY: plain syscalls; each descriptor they return is owned once.
        let pidfd = unsafe { libc::syscall(libc::SYS_pidfd_open, self.0, 0) };
        if pidfd < 0 {
            return None;
        }
        let pidfd = unsafe { OwnedFd::from_raw_fd(pidfd as i32) };
        let copy = unsafe { libc::syscall(libc::SYS_pidfd_getfd, pidfd.as_raw_fd(), fd, 0) };
        if copy < 0 {
            return None;
        }
        let copy = unsafe { OwnedFd::from_raw_fd(copy as i32) };
        std::fs::read_link(format!("/proc/self/fd/{}", copy.as_raw_fd())).ok()
    }

    /// The first [`ARGV_SHOWN`] arguments of a program start, each cut to
    /// [`ARG_SHOWN`] bytes; "…" marks more.
    fn argv(&self, address: u64) -> Vec<String> {
        let mut argv = Vec::new();
        for i in 0..=ARGV_SHOWN as u64 {
            let Some(pointer) = self.read_u64(address.wrapping_add(8 * i)) else {
                break;
            };
            if pointer == 0 {
                break;
            }
            if argv.len() == ARGV_SHOWN {
                argv.push("…".into());
                break;
            }
            let mut bytes = [0u8; ARG_SHOWN];
            let n = self.read_into(pointer, &mut bytes);
            let end = bytes[..n].iter().position(|&b| b == 0);
            let mut arg = String::from_utf8_lossy(&bytes[..end.unwrap_or(n)]).into_owned();
            if end.is_none() {
                arg.push('…');
            }
            argv.push(arg);
        }
        argv
    }

    /// The names of the variables the dynamic loader acts on (`LD_PRELOAD`,
    /// `LD_LIBRARY_PATH`, `LD_AUDIT`, ...) in a program start's environment:
    /// with them any program runs code it never named. "…" marks an
    /// environment too long or unreadable to read whole.
    fn loader_variables(&self, address: u64) -> Vec<String> {
        let mut names = Vec::new();
        if address == 0 {
            return names;
        }
        for i in 0..=ENV_READ as u64 {
            let Some(pointer) = self.read_u64(address.wrapping_add(8 * i)) else {
                names.push("…".into());
                break;
            };
            if pointer == 0 {
                break;
            }
            if i == ENV_READ as u64 || names.len() == LOADER_VARIABLES_SHOWN {
                names.push("…".into());
                break;
            }
            let mut head = [0u8; 64];
            let n = self.read_into(pointer, &mut head);
            if n < 3 && !head[..n].contains(&0) {
                names.push("…".into());
                break;
            }
            if head.starts_with(b"LD_") {
                let end = head[..n]
                    .iter()
                    .position(|&b| b == b'=' || b == 0)
                    .unwrap_or(n);
                names.push(String::from_utf8_lossy(&head[..end]).into_owned());
            }
        }
        names
    }
}

/// The watched calls being recorded, grouped as they arrive.
#[derive(Default)]
pub struct Record {
    pub calls: WatchedCalls,
    index: HashMap<(u8, u8), usize>,
}

impl Record {
    pub fn add(&mut self, seen: Seen) {
        let calls = &mut self.calls;
        calls.total += 1;
        let key = (seen.act as u8, seen.place as u8);
        let at = *self.index.entry(key).or_insert_with(|| {
            calls.groups.push(WatchedGroup {
                act: seen.act,
                place: seen.place,
                count: 0,
                samples: Vec::new(),
                other: 0,
                other_pids: Vec::new(),
                other_pids_cut: false,
            });
            calls.groups.len() - 1
        });
        add_to_group(&mut calls.groups[at], seen.call);
    }

    pub fn finish(self) -> WatchedCalls {
        self.calls
    }
}

/// Adds `call` (with its count) to `group`: to the sample of the same call,
/// paths, arguments and loader variables, a new sample while there is room,
/// else to `other`.
fn add_to_group(group: &mut WatchedGroup, call: WatchedCall) {
    group.count += call.count;
    let same = |s: &WatchedCall| {
        s.call == call.call
            && s.paths == call.paths
            && s.argv == call.argv
            && s.loader_variables == call.loader_variables
    };
    let room = match (group.act, group.place) {
        (Act::Exec, _) => EXEC_SAMPLES,
        (_, Place::HiddenInHome) => HOME_SAMPLES,
        _ => SAMPLES,
    };
    if let Some(kept) = group.samples.iter_mut().find(|s| same(s)) {
        kept.count += call.count;
        for pid in call.pids {
            if kept.pids.len() < PIDS && !kept.pids.contains(&pid) {
                kept.pids.push(pid);
            }
        }
    } else if group.samples.len() < room {
        group.samples.push(call);
    } else {
        group.other += call.count;
        add_other_pids(group, &call.pids);
    }
}

/// Adds the callers of calls not kept as samples, as many as [`PIDS`].
fn add_other_pids(group: &mut WatchedGroup, pids: &[u32]) {
    for &pid in pids {
        if group.other_pids.contains(&pid) {
            continue;
        }
        if group.other_pids.len() < PIDS {
            group.other_pids.push(pid);
        } else {
            group.other_pids_cut = true;
        }
    }
}

/// One record of `earlier` watched calls followed by `later` ones (a warm
/// jail's start and then its job), bounded as each is.
pub fn join(earlier: WatchedCalls, later: WatchedCalls) -> WatchedCalls {
    let mut joined = earlier;
    joined.recorded |= later.recorded;
    joined.total += later.total;
    for group in later.groups {
        let kept = joined
            .groups
            .iter_mut()
            .find(|g| g.act == group.act && g.place == group.place);
        let Some(kept) = kept else {
            joined.groups.push(group);
            continue;
        };
        kept.other += group.other;
        kept.count += group.other;
        add_other_pids(kept, &group.other_pids);
        kept.other_pids_cut |= group.other_pids_cut;
        for call in group.samples {
            add_to_group(kept, call);
        }
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_decided_on_the_normalised_path() {
        for writable in [
            "/work",
            "/work/out.txt",
            "/tmp/a/b",
            "/tmp/../work/x",
            "/work/a/.hidden",
            "/dev/null",
            "/dev/stdout",
            "/proc/self/fd/1",
            "//work//x",
        ] {
            assert_eq!(place_of(writable), Place::Writable, "{writable}");
        }
        for outside in [
            "/etc/cron.d/x",
            "/work/../etc/passwd",
            "/workshop/x",
            "/tmpfoo",
            "/",
            "/dev/sda",
            "/proc/self/fd/../environ",
            "/proc/1/fd/3",
            "/usr/lib/python3/evil.py",
        ] {
            assert_eq!(place_of(outside), Place::Outside, "{outside}");
        }
        for hidden in [
            "/work/.bashrc",
            "/work/.ssh/authorized_keys",
            "/tmp/../work/.profile",
        ] {
            assert_eq!(place_of(hidden), Place::HiddenInHome, "{hidden}");
        }
    }

    fn call(name: &str, path: &str) -> WatchedCall {
        WatchedCall {
            call: name.into(),
            paths: vec![path.into()],
            argv: Vec::new(),
            loader_variables: Vec::new(),
            pids: vec![7],
            count: 1,
        }
    }

    fn seen(act: Act, place: Place, name: &str, path: &str) -> Seen {
        Seen {
            act,
            place,
            call: call(name, path),
        }
    }

    #[test]
    fn many_writes_inside_do_not_hide_one_outside() {
        let mut record = Record::default();
        for i in 0..10_000 {
            record.add(seen(
                Act::Write,
                Place::Writable,
                "openat",
                &format!("/work/{i}"),
            ));
        }
        record.add(seen(Act::Write, Place::Outside, "openat", "/etc/cron.d/x"));
        let calls = record.finish();
        assert_eq!(calls.total, 10_001);
        let outside: Vec<_> = calls
            .groups
            .iter()
            .filter(|g| g.place == Place::Outside)
            .collect();
        assert_eq!(outside.len(), 1);
        assert_eq!(outside[0].samples[0].paths, ["/etc/cron.d/x"]);
        let inside = &calls.groups[0];
        assert_eq!(inside.samples.len(), SAMPLES);
        assert_eq!(inside.count, 10_000);
        assert_eq!(inside.other, 10_000 - SAMPLES as u64);
        assert_eq!(
            (&inside.other_pids[..], inside.other_pids_cut),
            (&[7][..], false)
        );
    }

    #[test]
    fn joined_records_add_counts_and_keep_samples_bounded() {
        let mut early = Record::default();
        early.add(seen(
            Act::Exec,
            Place::Outside,
            "execve",
            "/usr/bin/fc-list",
        ));
        let mut job = Record::default();
        job.add(seen(
            Act::Exec,
            Place::Outside,
            "execve",
            "/usr/bin/fc-list",
        ));
        job.add(seen(Act::Write, Place::Writable, "openat", "/work/x"));
        let joined = join(early.finish(), job.finish());
        assert_eq!(joined.total, 3);
        assert_eq!(joined.groups.len(), 2);
        assert_eq!(joined.groups[0].samples[0].count, 2);
        assert_eq!(joined.groups[0].count, 2);
    }

    #[test]
    fn long_paths_are_cut_at_a_character_boundary() {
        let long = "é".repeat(PATH_SHOWN);
        let cut = shown(long);
        assert!(cut.len() <= PATH_SHOWN + '…'.len_utf8());
        assert!(cut.ends_with('…'));
    }
}
