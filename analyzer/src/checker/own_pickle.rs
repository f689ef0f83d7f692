//! Unpickling what the program pickled itself: `pickle.load` of an `io.BytesIO` that only
//! `pickle.dump` filled, or of a file that only `pickle.dump` wrote (or pandas'
//! `to_pickle`, read back by `pandas.read_pickle`), rebuilds the program's own objects and is
//! no use of unpickling's power (PJ408 is withdrawn).
//!
//! That holds only if nothing else put bytes there, and the bytes a `pickle.dump` wrote
//! can carry any text the program chose (a pickled string holds it verbatim): a load that
//! starts past the first byte reads that text as a pickle. So each handle (the buffer, or
//! a file `open` gave) is followed by identity: every read of a name holding it is
//! counted, and so is every use that keeps the stream the program's own (the file
//! argument of `pickle.dump` or `pickle.load`, `seek(0)`, `getvalue()`, `tell()`,
//! `flush()`, `close()`). A handle passed anywhere else, aliased, written to, read from
//! or moved to another offset is not the program's own stream any more.
//!
//! A file is the program's own when a handle that truncated it for certain (opened `w` or
//! `x`, outside any branch, loop or `try`) gave it to `pickle.dump` before the load, in
//! the order the walk meets them: a file read first, or written only on some paths, may
//! have come with the program. Besides, every handle that writes a file of its name (any
//! path ending in that name, since a directory or an absolute path may reach the same
//! file) must be used by `pickle.dump` alone, nothing else may put bytes in a file of that
//! name (removing it, or changing its mode or times, puts none), and the code must write no
//! file whose path it does not show. A handle opened `w+` is read back like a buffer.
//!
//! Some code moves what a name or a descriptor means, or does its work where the walk
//! cannot follow: a constant string run by `exec`, a namespace dict (`globals()`,
//! `locals()`, `vars()`), `import __main__`, a store to a module's attribute (`pickle.dump
//! = ...`), a change of directory, descriptor-level writes and duplicates (`os.dup2`,
//! `os.write`, `mmap`), `open(..., opener=...)`, `fileinput` in place. With any of it in the
//! file, nothing is the program's own.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::rc::Rc;

/// Where a handle's bytes come from or go.
enum Stream {
    /// An `io.BytesIO` made empty or from the program's own pickle.
    Buffer,
    /// A file opened for writing. `fresh`: truncated for certain where it was opened;
    /// `scratch`: truncated and read back through the same handle (`w+`).
    Writes {
        path: Rc<str>,
        fresh: bool,
        scratch: bool,
    },
    /// A file opened for reading.
    Reads(Rc<str>),
}

/// What `open`'s mode says, as far as `own_pickle` cares.
#[derive(Clone, Copy)]
pub(crate) struct Mode {
    pub writes: bool,
    /// `w` or `x`: the file holds only what the handle writes.
    pub truncates: bool,
    /// `+`: the handle reads too.
    pub updates: bool,
}

struct Handle {
    stream: Stream,
    /// Bound to a name where it was made (`f = open(...)`, `with open(...) as f`):
    /// otherwise the call itself is one use.
    bound: bool,
    /// Reads of a name holding it.
    reads: u32,
    /// Uses that keep its stream the program's own.
    kept: u32,
}

impl Handle {
    /// Every use of the handle kept its stream the program's own.
    fn kept_own(&self) -> bool {
        self.kept == self.reads + u32::from(!self.bound)
    }
}

#[derive(Default)]
pub(crate) struct OwnPickles {
    /// By the offset of the call that made each.
    handles: HashMap<usize, Handle>,
    /// File names (a path's last part) written by anything but a handle, with how often.
    other_writes: HashMap<Rc<str>, u32>,
    /// The code writes a file whose path it does not show, or runs code the walk cannot
    /// follow: any file may hold anything.
    unseen: bool,
    /// File names `pickle.dump` wrote, so far in the walk.
    dumped: HashSet<Rc<str>>,
    /// `pickle.load` calls of a handle: the handle, where the call's finding is, and
    /// whether `pickle.dump` had written its file (or it is a buffer).
    loads: Vec<(usize, (usize, usize), bool)>,
    /// File names a function that takes a path wrote a pickle to, and nothing else
    /// (`pandas.to_pickle`, `DataFrame.to_pickle`), where the file was truncated for certain.
    path_dumps: HashSet<Rc<str>>,
    /// Loads by path (`pandas.read_pickle`): the file name, where the call's finding is,
    /// and whether a pickle had been written to a file of that name before.
    path_loads: Vec<(Rc<str>, (usize, usize), bool)>,
}

impl OwnPickles {
    pub(crate) fn new() -> Self {
        OwnPickles {
            handles: HashMap::new(),
            other_writes: HashMap::new(),
            unseen: false,
            dumped: HashSet::new(),
            loads: Vec::new(),
            path_dumps: HashSet::new(),
            path_loads: Vec::new(),
        }
    }

    /// A pickle written to the file at `path` by a function that takes the path and writes
    /// nothing else (`df.to_pickle("frame.pkl")`); `certain`: outside any branch of its
    /// function. Otherwise it is a write like any other.
    pub(crate) fn dumped_to(&mut self, path: Option<&str>, certain: bool) {
        match path.and_then(file_name) {
            Some(name) if certain => {
                self.path_dumps.insert(Rc::from(name));
                self.dumped.insert(Rc::from(name));
            }
            _ => self.wrote(path),
        }
    }

    /// A pickle loaded from the file at `path` by a function that takes the path
    /// (`pandas.read_pickle`), whose finding is at `range`.
    pub(crate) fn loaded_from(&mut self, path: Option<&str>, range: (usize, usize)) {
        if let Some(name) = path.and_then(file_name) {
            let written = self.dumped.contains(name);
            self.path_loads.push((Rc::from(name), range, written));
        }
    }

    /// `io.BytesIO()` at `handle`.
    pub(crate) fn buffer(&mut self, handle: usize) {
        self.made(handle, Stream::Buffer);
    }

    /// `open(path, mode)` at `handle`; `certain`: outside any branch of its function.
    pub(crate) fn file(&mut self, handle: usize, path: &Rc<str>, mode: Mode, certain: bool) {
        let stream = match mode.writes {
            true => Stream::Writes {
                path: path.clone(),
                fresh: mode.truncates && certain,
                scratch: mode.truncates && mode.updates,
            },
            false => Stream::Reads(path.clone()),
        };
        self.made(handle, stream);
    }

    fn made(&mut self, handle: usize, stream: Stream) {
        // A call in a loop or a function is walked once: one handle per call site.
        self.handles.entry(handle).or_insert(Handle {
            stream,
            bound: false,
            reads: 0,
            kept: 0,
        });
    }

    pub(crate) fn bound(&mut self, handle: usize) {
        if let Some(h) = self.handles.get_mut(&handle) {
            h.bound = true;
        }
    }

    pub(crate) fn read(&mut self, handle: usize) {
        if let Some(h) = self.handles.get_mut(&handle) {
            h.reads += 1;
        }
    }

    /// A use that keeps the handle's stream the program's own.
    pub(crate) fn kept(&mut self, handle: usize) {
        if let Some(h) = self.handles.get_mut(&handle) {
            h.kept += 1;
        }
    }

    /// `pickle.dump(x, handle)`.
    pub(crate) fn dumped(&mut self, handle: usize) {
        self.kept(handle);
        if let Some(Stream::Writes {
            path, fresh: true, ..
        }) = self.handles.get(&handle).map(|h| &h.stream)
        {
            if let Some(name) = file_name(path) {
                self.dumped.insert(Rc::from(name));
            }
        }
    }

    /// `pickle.load(handle)`, whose finding is at `range`.
    pub(crate) fn loaded(&mut self, handle: usize, range: (usize, usize)) {
        self.kept(handle);
        let written = match self.handles.get(&handle).map(|h| &h.stream) {
            Some(Stream::Reads(path)) => file_name(path).is_some_and(|n| self.dumped.contains(n)),
            Some(Stream::Buffer | Stream::Writes { scratch: true, .. }) => true,
            _ => false,
        };
        self.loads.push((handle, range, written));
    }

    /// A write of a file, other than through `open`: of `path`, or of a path the code
    /// does not show (`None`).
    pub(crate) fn wrote(&mut self, path: Option<&str>) {
        match path.and_then(file_name) {
            Some(name) => *self.other_writes.entry(Rc::from(name)).or_default() += 1,
            None => self.unseen = true,
        }
    }

    /// Code the walk does not follow ran: it may have written anything.
    pub(crate) fn unseen_code(&mut self) {
        self.unseen = true;
    }

    /// The findings of the loads that rebuild the program's own objects.
    pub(crate) fn own_loads(&self) -> Vec<(usize, usize)> {
        if self.unseen {
            return Vec::new();
        }
        self.loads
            .iter()
            .filter(|&&(handle, _, written)| {
                written
                    && self.handles.get(&handle).is_some_and(|h| {
                        h.kept_own()
                            && match &h.stream {
                                Stream::Buffer => true,
                                Stream::Reads(path) | Stream::Writes { path, .. } => {
                                    self.only_pickled(path)
                                }
                            }
                    })
            })
            .map(|&(_, range, _)| range)
            .chain(
                self.path_loads
                    .iter()
                    .filter(|(name, _, written)| *written && self.only_pickled(name))
                    .map(|&(_, range, _)| range),
            )
            .collect()
    }

    /// Whether `pickle.dump` wrote a file of `path`'s name, and nothing else wrote one.
    fn only_pickled(&self, path: &str) -> bool {
        let Some(name) = file_name(path) else {
            return false;
        };
        if self.other_writes.contains_key(name) {
            return false;
        }
        let mut dumped = self.path_dumps.contains(name);
        for handle in self.handles.values() {
            if let Stream::Writes { path: written, .. } = &handle.stream {
                if file_name(written) == Some(name) {
                    if !handle.kept_own() || handle.kept == 0 {
                        return false;
                    }
                    dumped = true;
                }
            }
        }
        dumped
    }
}

/// Whether a function that takes a path to write can put bytes in a file there (not
/// `os.remove`, `os.chmod`, `Path.mkdir`, ...).
pub(crate) fn puts_bytes(api: &str) -> bool {
    let name = api.rsplit('.').next().unwrap_or(api);
    !matches!(
        name,
        "remove"
            | "unlink"
            | "rmdir"
            | "removedirs"
            | "mkdir"
            | "makedirs"
            | "chmod"
            | "lchmod"
            | "chown"
            | "lchown"
            | "chflags"
            | "lchflags"
            | "utime"
            | "setxattr"
            | "removexattr"
            | "rmtree"
            | "copymode"
            | "copystat"
            | "touch"
    )
}

/// Functions that change what a relative path or a descriptor means, or write through a
/// descriptor: with one in the file, which file a handle reads is not known.
pub(crate) fn moves_files_unseen(api: &str) -> bool {
    let function = api
        .strip_prefix("os.")
        .or_else(|| api.strip_prefix("posix."));
    matches!(
        function,
        Some(
            "chdir"
                | "fchdir"
                | "dup"
                | "dup2"
                | "write"
                | "writev"
                | "pwrite"
                | "pwritev"
                | "sendfile"
                | "splice"
                | "copy_file_range"
                | "ftruncate"
                | "fdopen"
                | "mkfifo"
                | "mknod"
        )
    ) || matches!(api, "contextlib.chdir" | "mmap.mmap")
}

/// Whether `body` names a way to change how objects pickle that the walk does not judge: a
/// pickler's `dispatch_table` (`copyreg.dispatch_table` too) or `reducer_override`.
/// Syntactic, so that it holds wherever the walk is. (`copyreg.pickle`'s reducers are
/// judged as `__reduce__` is, by `reduce_definition`.)
pub(crate) fn names_reducers(body: &[ruff_python_ast::Stmt]) -> bool {
    super::call_sites::names_any(body, &["dispatch_table", "reducer_override"])
}

/// A path's last part: what makes two paths maybe one file.
fn file_name(path: &str) -> Option<&str> {
    path.trim_end_matches('/')
        .rsplit('/')
        .next()
        .filter(|name| !name.is_empty() && *name != "." && *name != "..")
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn paths_of_one_file_name_it_alike() {
        assert_eq!(file_name("state.pkl"), Some("state.pkl"));
        assert_eq!(file_name("/work/state.pkl"), Some("state.pkl"));
        assert_eq!(file_name("x/../state.pkl"), Some("state.pkl"));
        assert_eq!(file_name("dir/"), Some("dir"));
        assert_eq!(file_name(".."), None);
        assert_eq!(file_name(""), None);
    }
}
