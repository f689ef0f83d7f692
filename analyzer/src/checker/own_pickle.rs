//! Unpickling what the program pickled itself: `pickle.load` of an `io.BytesIO` that only
//! `pickle.dump` filled, or of a file that only `pickle.dump` wrote, rebuilds the program's
//! own objects and is no use of unpickling's power (PJ408 is withdrawn).
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
//! A file is the program's own when `pickle.dump` wrote it before the load (in the order
//! the walk meets them: a file read first may have come with the program), every write of
//! a file of its name (any path ending in that name, since a directory or an absolute
//! path may reach the same file) is by a handle only `pickle.dump` used, and the code
//! writes no file whose path it does not show. Code the walk cannot follow into (a constant string run by `exec`, a namespace
//! dict: `globals()`, `locals()`, `vars()`) may do any of this unseen: with it in the
//! file, nothing is the program's own.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::rc::Rc;

/// Where a handle's bytes come from or go.
enum Stream {
    /// An `io.BytesIO` made empty or from the program's own pickle.
    Buffer,
    /// A file opened for writing.
    Writes(Rc<str>),
    /// A file opened for reading.
    Reads(Rc<str>),
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
}

impl OwnPickles {
    pub(crate) fn new() -> Self {
        OwnPickles {
            handles: HashMap::new(),
            other_writes: HashMap::new(),
            unseen: false,
            dumped: HashSet::new(),
            loads: Vec::new(),
        }
    }

    /// `io.BytesIO()` at `handle`.
    pub(crate) fn buffer(&mut self, handle: usize) {
        self.made(handle, Stream::Buffer);
    }

    /// `open(path, mode)` at `handle`.
    pub(crate) fn file(&mut self, handle: usize, path: &Rc<str>, writes: bool) {
        let stream = match writes {
            true => Stream::Writes(path.clone()),
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
        if let Some(Stream::Writes(path)) = self.handles.get(&handle).map(|h| &h.stream) {
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
            Some(Stream::Buffer) => true,
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
                                Stream::Reads(path) => self.only_pickled(path),
                                Stream::Writes(_) => false,
                            }
                    })
            })
            .map(|&(_, range, _)| range)
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
        let mut dumped = false;
        for handle in self.handles.values() {
            if let Stream::Writes(written) = &handle.stream {
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
