//! File paths as strings: `os.path.join`, `pathlib` construction, `/` and `joinpath`,
//! `expanduser` and the home directory. A path folds to the text it names, with `~` for the
//! home directory (kept unexpanded: which home it is does not matter to the rules that read
//! it, that it is one does). Rules about file targets classify the result.

use super::{Const, Folded, Shared};

/// `os.path.join` and pathlib's `/`: an absolute right side replaces the left.
pub(super) fn join(base: &str, part: &str) -> String {
    let mut path = base.to_string();
    push(&mut path, part);
    path
}

/// Appends `part` to `path` as [`join`] does (in place: a join of many parts stays linear).
fn push(path: &mut String, part: &str) {
    if part.starts_with('/') {
        path.clear();
    } else if !path.is_empty() && !path.ends_with('/') {
        path.push('/');
    }
    path.push_str(part);
}

fn all_str<'c>(args: &'c [Const<'_>]) -> Option<Vec<&'c str>> {
    args.iter().map(Const::as_str).collect()
}

/// The parts joined; nothing without parts (`os.path.join()` raises).
fn joined<'a>(parts: &[&str]) -> Option<Const<'a>> {
    if parts.is_empty() {
        return None;
    }
    let mut path = String::new();
    for part in parts {
        push(&mut path, part);
    }
    Some(Const::Str(Shared::from(path)))
}

/// Functions joining path parts.
pub(super) fn is_join(name: &str) -> bool {
    matches!(
        name,
        "os.path.join"
            | "posixpath.join"
            | "pathlib.Path"
            | "pathlib.PurePath"
            | "pathlib.PosixPath"
    )
}

/// A join with unknown parts: what is known of its start (the parts before the first
/// unknown one) and of its end (the parts after the last).
pub(super) fn join_shape<'a>(parts: &[Folded<'a>]) -> Folded<'a> {
    let text = |f: &'_ Folded<'a>| match f {
        Folded::Known(Const::Str(s)) => Some(s.to_string()),
        _ => None,
    };
    let mut prefix = String::new();
    for part in parts.iter().map_while(text) {
        push(&mut prefix, &part);
    }
    if !prefix.is_empty() && !prefix.ends_with('/') {
        prefix.push('/');
    }
    let known_end: Vec<String> = parts.iter().rev().map_while(text).collect();
    let suffix: String = known_end.iter().rev().flat_map(|p| ["/", p]).collect();
    if prefix.is_empty() && suffix.is_empty() {
        Folded::Unknown
    } else {
        Folded::shape(&prefix, &suffix)
    }
}

/// Calls of path-building functions whose arguments are all known.
pub(super) fn module_call<'a>(name: &str, args: &[Const<'a>]) -> Option<Const<'a>> {
    let home = || Some(Const::Str(Shared::Borrowed("~")));
    match name {
        "os.path.join" | "posixpath.join" => joined(&all_str(args)?),
        "pathlib.Path" | "pathlib.PurePath" | "pathlib.PosixPath" | "pathlib.PurePosixPath" => {
            match args {
                [] => Some(Const::Str(Shared::Borrowed("."))),
                _ => joined(&all_str(args)?),
            }
        }
        "os.path.expanduser" | "os.path.abspath" | "os.path.normpath" | "os.path.realpath"
        | "os.fspath" | "os.fsencode" | "os.fsdecode" => match args {
            [path] if path.as_str().is_some() => Some(path.clone()),
            _ => None,
        },
        "pathlib.Path.home" | "pathlib.PosixPath.home" => home(),
        // The working directory: relative paths name the same files.
        "pathlib.Path.cwd" | "pathlib.PosixPath.cwd" | "os.getcwd" if args.is_empty() => {
            Some(Const::Str(Shared::Borrowed(".")))
        }
        "os.getenv" | "os.environ.get" | "os.environ.__getitem__" => match args {
            [Const::Str(var), ..] if var == "HOME" => home(),
            _ => None,
        },
        _ => None,
    }
}

/// Path methods on a folded path.
pub(super) fn method<'a>(
    receiver: &Const<'a>,
    method: &str,
    args: &[Const<'a>],
) -> Option<Const<'a>> {
    let Const::Str(path) = receiver else {
        return None;
    };
    match method {
        "joinpath" => {
            let mut parts = vec![path.as_ref()];
            parts.extend(all_str(args)?);
            joined(&parts)
        }
        "expanduser" | "resolve" | "absolute" | "__fspath__" if args.is_empty() => {
            Some(receiver.clone())
        }
        // `Path("/etc/hosts").with_name("shadow")`: the last part replaced.
        "with_name" | "with_stem" | "with_suffix" => {
            let [Const::Str(new)] = args else {
                return None;
            };
            let (parent, name) = path.rsplit_once('/').unwrap_or(("", path));
            let name = match method {
                "with_name" => new.to_string(),
                "with_stem" => match name.rsplit_once('.') {
                    Some((_, suffix)) if !name.starts_with('.') => format!("{new}.{suffix}"),
                    _ => new.to_string(),
                },
                _ => match name.rsplit_once('.') {
                    Some((stem, _)) if !stem.is_empty() => format!("{stem}{new}"),
                    _ => format!("{name}{new}"),
                },
            };
            Some(Const::Str(Shared::from(if path.contains('/') {
                format!("{parent}/{name}")
            } else {
                name
            })))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Const<'_> {
        Const::Str(Shared::Borrowed(text))
    }

    #[test]
    fn joins_like_posixpath() {
        assert_eq!(join("/etc", "passwd"), "/etc/passwd");
        assert_eq!(join("/etc/", "passwd"), "/etc/passwd");
        assert_eq!(join("~", "/etc/shadow"), "/etc/shadow");
        assert_eq!(
            module_call("os.path.join", &[s("~"), s(".ssh"), s("id_rsa")]),
            Some(s("~/.ssh/id_rsa"))
        );
        assert_eq!(module_call("pathlib.Path.home", &[]), Some(s("~")));
        assert_eq!(module_call("pathlib.Path.cwd", &[]), Some(s(".")));
        let hosts = s("/etc/hosts");
        assert_eq!(
            method(&hosts, "with_name", &[s("shadow")]),
            Some(s("/etc/shadow"))
        );
        assert_eq!(
            method(&s("/etc/a.txt"), "with_suffix", &[s(".py")]),
            Some(s("/etc/a.py"))
        );
        assert_eq!(
            method(&s("/etc/a.txt"), "with_stem", &[s("b")]),
            Some(s("/etc/b.txt"))
        );
        assert_eq!(
            method(&s("notes"), "with_suffix", &[s(".md")]),
            Some(s("notes.md"))
        );
        assert_eq!(module_call("os.getenv", &[s("HOME")]), Some(s("~")));
        assert_eq!(module_call("os.getenv", &[s("USER")]), None);
        assert_eq!(
            method(&s("/root"), "joinpath", &[s(".ssh"), s("authorized_keys")]),
            Some(s("/root/.ssh/authorized_keys"))
        );
        assert_eq!(
            module_call("os.path.join", &[s("a"), s("/etc"), s(""), s("shadow")]),
            Some(s("/etc/shadow"))
        );
    }

    /// A join of many parts builds its result once (joining each part onto a copy of the
    /// path so far was quadratic: 300,000 parts did not finish).
    #[test]
    fn a_join_of_many_parts_is_linear() {
        let parts = vec![s("a"); 1 << 16];
        let Some(Const::Str(path)) = module_call("os.path.join", &parts) else {
            panic!("the parts are joined");
        };
        assert_eq!(path.len(), (1 << 17) - 1);
        let shape = join_shape(&[
            Folded::Known(s("/")),
            Folded::Unknown,
            Folded::Known(s("x")),
        ]);
        assert_eq!(shape, Folded::shape("/", "/x"));
    }
}
