//! File targets: which file an API opens, reads, writes, lists, links, copies, moves or
//! extracts, folded from constants (`os.path.join`, `pathlib` `/` and `joinpath`,
//! `expanduser`, f-strings, concatenation), and what kind of file it is. The rules
//! `sensitive-file-read`, `sensitive-file-write`, `absolute-path-read`,
//! `absolute-path-write` and `link-or-extract` report from here.

use std::sync::LazyLock;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use rustc_hash::{FxHashMap, FxHashSet};

use super::Semantic;
use crate::checker::{own_pickle, span, Checker};
use crate::fold::{Const, Folded};

/// What a file API does with its path arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Read,
    Write,
    /// `open`-like: the mode (or `os.open` flags) decides.
    Open,
    /// Reads the first path, writes the second.
    Copy,
}

/// The kind of file a path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Credentials and host secrets.
    Secret,
    /// Kernel and other processes' interfaces: `/proc/sys`, `/sys`, devices, `/proc/<pid>`.
    Kernel,
    /// Files that run code later: shell start-up files, cron, systemd, `.pth`, ...
    Persistence,
    /// Any other absolute path outside temporary directories.
    Absolute,
    Harmless,
}

/// Functions taking paths: the operation and the positions of the path arguments.
const FUNCTIONS: &[(&[&str], Op, &[usize])] = &[
    (
        &[
            "builtins.open",
            "io.open",
            "io.FileIO",
            "codecs.open",
            "os.open",
            "posix.open",
            "_io.open",
            "_io.FileIO",
        ],
        Op::Open,
        &[0],
    ),
    // The import system's read (`python -m`, `runpy`, `exec(open_code(p).read())`).
    (&["io.open_code", "_io.open_code"], Op::Read, &[0]),
    // Readers of a file or a list of files: source files by their coding cookie, INI files.
    (
        &[
            "tokenize.open",
            "configparser.ConfigParser.read",
            "configparser.RawConfigParser.read",
            "configparser.SafeConfigParser.read",
        ],
        Op::Read,
        &[0],
    ),
    (
        &[
            "os.listdir",
            "os.scandir",
            "os.walk",
            "os.fwalk",
            "os.getxattr",
            "os.listxattr",
            "os.stat",
            "os.lstat",
            "os.chdir",
            "os.readlink",
            "glob.glob",
            "glob.iglob",
            "linecache.getline",
            "linecache.getlines",
            "linecache.updatecache",
            "netrc.netrc",
            "sqlite3.connect",
            "sqlite3.dbapi2.connect",
            "numpy.loadtxt",
            "numpy.genfromtxt",
            "numpy.fromfile",
            "pandas.read_csv",
            "pandas.read_json",
            "fileinput.input",
            "tarfile.open",
            "zipfile.ZipFile",
        ],
        Op::Read,
        &[0],
    ),
    // Log files (`mode="w"` truncates, the default appends); `basicConfig(filename=...)`.
    (
        &[
            "logging.FileHandler",
            "logging.handlers.RotatingFileHandler",
            "logging.handlers.TimedRotatingFileHandler",
            "logging.handlers.WatchedFileHandler",
            "logging.basicConfig",
        ],
        Op::Write,
        &[0],
    ),
    // GNU readline opens these itself: no Python-level open happens.
    (
        &["readline.read_history_file", "readline.read_init_file"],
        Op::Read,
        &[0],
    ),
    (&["readline.write_history_file"], Op::Write, &[0]),
    (&["readline.append_history_file"], Op::Write, &[1]),
    // A resource relative to a package's directory (`../` climbs out of it).
    (&["pkgutil.get_data"], Op::Read, &[1]),
    // A warning shown for a file prints its line there (through `linecache`).
    (
        &[
            "warnings.warn_explicit",
            "warnings.showwarning",
            "warnings.formatwarning",
        ],
        Op::Read,
        &[2],
    ),
    (
        &[
            "shutil.copy",
            "shutil.copy2",
            "shutil.copyfile",
            "shutil.copytree",
            "shutil.copymode",
            "shutil.copystat",
        ],
        Op::Copy,
        &[0, 1],
    ),
    (
        &["shutil.move", "os.rename", "os.renames", "os.replace"],
        Op::Write,
        &[0, 1],
    ),
    (
        &[
            "os.remove",
            "os.unlink",
            "os.rmdir",
            "os.removedirs",
            "os.mkdir",
            "os.makedirs",
            "os.chmod",
            "os.lchmod",
            "os.chown",
            "os.lchown",
            "os.chflags",
            "os.lchflags",
            "os.truncate",
            "os.utime",
            "os.mkfifo",
            "os.mknod",
            "os.setxattr",
            "os.removexattr",
            "shutil.rmtree",
            "shutil.chown",
            "shutil.make_archive",
        ],
        Op::Write,
        &[0],
    ),
];

/// [`FUNCTIONS`] by name: asked of every call and attribute the name model resolves.
static BY_NAME: LazyLock<FxHashMap<&str, (Op, &[usize])>> = LazyLock::new(|| {
    let mut by_name = FxHashMap::default();
    for &(names, op, positions) in FUNCTIONS {
        for &name in names {
            by_name.entry(name).or_insert((op, positions));
        }
    }
    by_name
});

/// The modules (and packages) that [`FUNCTIONS`] name a member of: `os` and `os.path` for
/// `os.path.join`.
static MODULES: LazyLock<FxHashSet<&str>> = LazyLock::new(|| {
    let names = FUNCTIONS.iter().flat_map(|(names, ..)| names.iter());
    names
        .flat_map(|name| name.match_indices('.').map(|(dot, _)| &name[..dot]))
        .collect()
});

/// The operation of file API `name` and the positions of its path arguments.
fn function(name: &str) -> Option<(Op, &'static [usize])> {
    BY_NAME.get(name).copied()
}

/// Whether `module` has a file API of [`FUNCTIONS`]: the name model then takes the
/// module reached as another module's attribute (`traceback.linecache`) for itself.
/// Not `readline`: every stream has a method of that name (`sys.stdin.readline`).
pub(crate) fn has_file_apis(module: &str) -> bool {
    module != "readline" && MODULES.contains(module)
}

/// `pathlib.Path` methods on a folded path.
fn method(name: &str) -> Option<Op> {
    Some(match name {
        "read_text" | "read_bytes" | "iterdir" | "glob" | "rglob" | "stat" | "lstat"
        | "readlink" => Op::Read,
        "open" => Op::Open,
        "write_text" | "write_bytes" | "touch" | "unlink" | "mkdir" | "rmdir" | "chmod"
        | "lchmod" | "rename" | "replace" => Op::Write,
        _ => return None,
    })
}

/// What is known of a path: all of it, or its start and end.
struct PathText {
    prefix: String,
    suffix: String,
    known: bool,
}

impl PathText {
    /// The file a function reads without being given it.
    fn fixed(path: &str) -> PathText {
        PathText {
            prefix: path.into(),
            suffix: path.into(),
            known: true,
        }
    }

    /// What a folded path names; nothing for a path no call can open.
    fn of(folded: Folded<'_>) -> Option<PathText> {
        match folded {
            Folded::Known(Const::Str(s)) if !too_long_to_open(s.as_bytes()) => Some(PathText {
                prefix: normalise(&s),
                suffix: normalise(&s),
                known: true,
            }),
            Folded::Known(Const::Bytes(b)) if !too_long_to_open(&b) => {
                let s = String::from_utf8_lossy(&b).into_owned();
                Some(PathText {
                    prefix: normalise(&s),
                    suffix: normalise(&s),
                    known: true,
                })
            }
            Folded::Shape { prefix, suffix } => Some(PathText {
                prefix,
                suffix,
                known: false,
            }),
            _ => None,
        }
    }

    fn is_outside_working_directory(&self) -> bool {
        self.prefix.starts_with('/') || self.prefix == "~" || self.prefix.starts_with("~/")
    }

    fn shown(&self) -> String {
        if self.known {
            self.prefix.clone()
        } else {
            format!("{}…{}", self.prefix, self.suffix)
        }
    }
}

/// Whether the kernel refuses `path` whatever call it is given to: every system call that
/// takes a path fails with `ENAMETOOLONG` on one of `PATH_MAX` (4096) bytes or more, its
/// terminating NUL included, before looking at it. The shortest form a call could pass on
/// is `pathlib`'s, without empty and `.` parts (`..` is not resolved before the kernel sees
/// it; a path `os.path.normpath` shortened is folded as its result). Counting stops at the
/// limit, so a megabyte path costs one scan, and nothing is built.
fn too_long_to_open(path: &[u8]) -> bool {
    const PATH_MAX: usize = 4096;
    let mut len = usize::from(path.first() == Some(&b'/'));
    for part in path.split(|&b| b == b'/') {
        if !matches!(part, b"" | b".") {
            len += part.len() + 1;
            if len > PATH_MAX {
                return true;
            }
        }
    }
    false
}

/// `/a/./b//c/../d` → `/a/b/d`; home directories (`/home/x`, `/root`) stay as written.
/// The process's own root directory is the root (`/proc/self/root/etc/shadow` is
/// `/etc/shadow`).
fn normalise(path: &str) -> String {
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            ".." if absolute => {}
            "root" if absolute && matches!(parts[..], ["proc", "self" | "thread-self"]) => {
                parts.clear();
            }
            part => parts.push(part),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

const SECRETS: &[&str] = &[
    "/etc/shadow",
    "/etc/gshadow",
    "/etc/passwd",
    "/etc/master.passwd",
    "/etc/sudoers*",
    "/etc/ssh/",
    "/etc/kubernetes/",
    "/etc/docker/",
    "/var/run/secrets/",
    "/run/secrets/",
    "/var/run/docker.sock",
    "/run/docker.sock",
    "/var/lib/kubelet/",
    // Where jail challenges and judges keep the secret a submission must not read.
    "/flag*",
    "/root/flag*",
];

/// Under a home directory.
const HOME_SECRETS: &[&str] = &[
    ".ssh",
    ".aws",
    ".config/gcloud",
    ".docker/config.json",
    ".kube",
    ".netrc",
    ".pgpass",
    ".git-credentials",
    ".gnupg",
    ".npmrc",
    ".pypirc",
    ".azure",
    ".bash_history",
];

const SECRET_NAMES: &[&str] = &[
    "id_rsa",
    "id_dsa",
    "id_ecdsa",
    "id_ed25519",
    ".netrc",
    ".git-credentials",
];

const KERNEL: &[&str] = &[
    "/proc/sys",
    "/sys",
    "/proc/sysrq-trigger",
    "/proc/kcore",
    "/proc/kmsg",
    "/dev/mem",
    "/dev/kmem",
    "/dev/port",
    "/dev/sd*",
    "/dev/hd*",
    "/dev/vd*",
    "/dev/xvd*",
    "/dev/nvme*",
    "/dev/mmcblk*",
    "/dev/dm-*",
    "/dev/loop*",
    "/proc/self/mem",
];

/// Entries of `/proc/<pid>` that expose or control another process.
const PROC_ENTRIES: &[&str] = &[
    "root",
    "environ",
    "mem",
    "cwd",
    "fd",
    "maps",
    "exe",
    "cmdline",
    "oom_score_adj",
    "oom_adj",
    "attr",
    "setgroups",
    "uid_map",
    "gid_map",
    "stack",
    "syscall",
    "map_files",
];

const PERSISTENCE: &[&str] = &[
    "/etc/profile*",
    "/etc/bash.bashrc",
    "/etc/zsh/",
    "/etc/environment",
    "/etc/cron*",
    "/var/spool/cron",
    "/etc/anacrontab",
    "/etc/systemd/",
    "/lib/systemd/",
    "/usr/lib/systemd/",
    "/etc/init.d/",
    "/etc/rc.local",
    "/etc/ld.so.preload",
    "/etc/ld.so.conf*",
    "/etc/xdg/autostart/",
    "/etc/update-motd.d/",
    "/etc/apt/apt.conf.d/",
];

const HOME_PERSISTENCE: &[&str] = &[
    ".bashrc",
    ".bash_profile",
    ".bash_login",
    ".bash_logout",
    ".profile",
    ".zshrc",
    ".zprofile",
    ".zshenv",
    ".zlogin",
    ".config/fish",
    ".config/autostart",
    ".config/systemd",
    ".ssh/authorized_keys",
    ".local/share/systemd",
    // Git runs commands named here (`core.fsmonitor`, `core.pager`, aliases with `!`).
    ".gitconfig",
    ".config/git",
    // Jupyter starts a kernel with the command line its `kernel.json` gives.
    ".local/share/jupyter/kernels",
    // Early on the user's PATH.
    ".local/bin",
    // Read by other shells, the X session, PAM and systemd's user session at login.
    ".bash_aliases",
    ".kshrc",
    ".cshrc",
    ".tcshrc",
    ".xinitrc",
    ".xsession",
    ".xsessionrc",
    ".xprofile",
    ".pam_environment",
    ".config/environment.d/",
    // Desktop entries and the programs they name, run when the user opens a file or logs in.
    ".local/share/applications/",
    // Editors, debuggers, pagers and tools whose start-up files run commands or steer what
    // they fetch, save and open.
    ".vimrc",
    ".exrc",
    ".config/nvim/init.vim",
    ".config/nvim/init.lua",
    ".emacs",
    ".emacs.d/init.el",
    ".gdbinit",
    ".pdbrc",
    ".lesskey",
    ".mailcap",
    ".inputrc",
    ".tmux.conf",
    ".screenrc",
    ".curlrc",
    ".wgetrc",
    ".Rprofile",
    // Python run at every IPython start.
    ".ipython/profile_*/startup/",
    ".ipython/profile_*/ipython_config.py",
    // Where pip installs from, and with what options.
    ".config/pip/pip.conf",
    ".pip/pip.conf",
    // Cargo runs the wrappers and runners its configuration names, and its bin is on PATH.
    ".cargo/config",
    ".cargo/config.toml",
    ".cargo/bin/",
];

/// Standard-library modules nearly every program imports, as files: one written into a
/// directory scripts run from shadows the real module for every script Python later runs
/// there (the script's directory comes first on `sys.path`).
const SHADOWED_MODULE_FILES: &[&str] = &[
    "os.py",
    "sys.py",
    "re.py",
    "json.py",
    "math.py",
    "random.py",
    "time.py",
    "datetime.py",
    "collections.py",
    "itertools.py",
    "functools.py",
    "typing.py",
    "subprocess.py",
    "socket.py",
    "string.py",
    "pathlib.py",
    "logging.py",
    "io.py",
    "copy.py",
    "pickle.py",
    "csv.py",
    "argparse.py",
    "shutil.py",
    "tempfile.py",
    "unittest.py",
    "site.py",
    "enum.py",
    "abc.py",
    "dataclasses.py",
    "heapq.py",
    "bisect.py",
    "hashlib.py",
    "base64.py",
    "struct.py",
    "threading.py",
    "glob.py",
    "traceback.py",
    "inspect.py",
    "types.py",
    "operator.py",
    "warnings.py",
    "contextlib.py",
    "codecs.py",
    "encodings.py",
];

const PERSISTENCE_NAMES: &[&str] = &[
    ".pth",
    "sitecustomize.py",
    "usercustomize.py",
    // pytest imports every `conftest.py` from the root and test directories it collects:
    // one planted beside a grader's tests runs in the grader's process and decides what
    // passes; a `pytest.ini` loads any plugin module it names (`addopts = -p plugin`).
    "conftest.py",
    "pytest.ini",
    "authorized_keys",
    "authorized_keys2",
    ".bashrc",
    ".zshrc",
    ".profile",
    ".bash_profile",
    // GNU make reads it before any `Makefile`, and its `$(shell ...)` runs as it is read.
    "GNUmakefile",
];

/// Temporary directories, the standard streams, and the jail's own working directory
/// (`/work`, where `pyjail run` puts the program and its files).
const TEMPORARY: &[&str] = &[
    "/work",
    "/tmp",
    "/var/tmp",
    "/dev/shm",
    "/dev/null",
    "/dev/zero",
    "/dev/stdin",
    "/dev/stdout",
    "/dev/stderr",
    "/dev/urandom",
    "/dev/random",
    "/dev/fd/",
    "/proc/self/",
];

/// `path` is `pattern` or inside it, component by component. A `*` in a component of the
/// pattern matches any text there (`/dev/sd*`, `.ipython/profile_*/startup`); a pattern
/// ending in `/` names a directory, which is the same thing.
fn under(path: &str, pattern: &str) -> bool {
    let mut parts = path.split('/');
    pattern.trim_end_matches('/').split('/').all(|wanted| {
        parts
            .next()
            .is_some_and(|part| matches_component(part, wanted))
    })
}

/// One path component against one of a pattern, which holds at most one `*`.
fn matches_component(part: &str, wanted: &str) -> bool {
    match wanted.split_once('*') {
        Some((start, end)) => {
            part.len() >= start.len() + end.len() && part.starts_with(start) && part.ends_with(end)
        }
        None => part == wanted,
    }
}

/// The path below a home directory: `~/x`, `/home/<user>/x`, `/root/x` → `x`.
fn in_home(path: &str) -> Option<&str> {
    if let Some(rest) = path.strip_prefix("~/") {
        return Some(rest);
    }
    if let Some(rest) = path.strip_prefix("/root/") {
        return Some(rest);
    }
    let rest = path.strip_prefix("/home/")?;
    rest.split_once('/').map(|(_, below)| below)
}

/// The kind of file `path` (a whole, known path) names: what the threat
/// report asks of the paths a program tried at run time.
pub fn classify_path(path: &str) -> Class {
    let path = normalise(path);
    classify(&PathText {
        prefix: path.clone(),
        suffix: path,
        known: true,
    })
}

fn classify(path: &PathText) -> Class {
    // A relative path that climbs (`../../../../etc/shadow`, a package resource's
    // `../`) reaches the root from any directory once it climbs far enough, and those who
    // climb on purpose climb far: it is judged as the absolute path it names there too,
    // when that is a secret, an interface or a file that runs code later. An ordinary
    // `../data/x.csv` stays a path beside the working directory.
    if let Some(rooted) = climbed_to_root(path) {
        let class = classify(&rooted);
        if matches!(class, Class::Secret | Class::Kernel | Class::Persistence) {
            return class;
        }
    }
    let (start, end) = (path.prefix.as_str(), path.suffix.as_str());
    let file_name = end.rsplit('/').next().unwrap_or(end);
    if KERNEL.iter().any(|k| under(start, k)) {
        return Class::Kernel;
    }
    if let Some(rest) = start.strip_prefix("/proc/") {
        let pid = rest.split('/').next().unwrap_or("");
        let other = pid.is_empty() || pid.bytes().all(|b| b.is_ascii_digit());
        let entry = if path.known {
            rest.split('/').nth(1).unwrap_or("")
        } else {
            end.trim_start_matches('/').split('/').next().unwrap_or("")
        };
        if other && PROC_ENTRIES.contains(&entry) {
            return Class::Kernel;
        }
    }
    let home = in_home(start);
    if SECRETS.iter().any(|s| under(start, s))
        || home.is_some_and(|h| HOME_SECRETS.iter().any(|s| under(h, s)))
        || SECRET_NAMES.contains(&file_name)
    {
        return Class::Secret;
    }
    // A repository's hooks run on the next commit, checkout or merge, wherever it is, and
    // its own configuration names commands the next `git status` runs (`core.fsmonitor`).
    // So does an editor's task that runs when the folder is opened (VS Code's
    // `"runOn": "folderOpen"`).
    let git_hook = |p: &str| {
        p.starts_with(".git/hooks/")
            || p.contains("/.git/hooks/")
            || p == ".git/config"
            || p.ends_with("/.git/config")
            || p == ".vscode/tasks.json"
            || p.ends_with("/.vscode/tasks.json")
    };
    if git_hook(start) || git_hook(end) {
        return Class::Persistence;
    }
    // A module that shadows the standard library's, or a package (`json/__init__.py`), in
    // a directory scripts run from: the working directory, or the jail's `/work` and `/tmp`.
    // Deeper in a project (`mypkg/types.py`) it is a submodule of its own package.
    let run_from = |dir: &str| matches!(dir, "" | "." | "/work" | "/tmp");
    let (dir, _) = end.rsplit_once('/').unwrap_or(("", end));
    let shadowed_module = SHADOWED_MODULE_FILES.contains(&file_name) && run_from(dir);
    let shadowed_package = file_name == "__init__.py" && {
        let (parent, package) = dir.rsplit_once('/').unwrap_or(("", dir));
        run_from(parent)
            && SHADOWED_MODULE_FILES
                .iter()
                .any(|module| module.strip_suffix(".py") == Some(package))
    };
    if PERSISTENCE.iter().any(|p| under(start, p))
        || home.is_some_and(|h| HOME_PERSISTENCE.iter().any(|p| under(h, p)))
        || PERSISTENCE_NAMES.iter().any(|n| file_name.ends_with(n))
        || shadowed_module
        || shadowed_package
    {
        return Class::Persistence;
    }
    if TEMPORARY.iter().any(|t| under(start, t)) {
        return Class::Harmless;
    }
    if start.starts_with('/') || start == "~" || start.starts_with("~/") {
        Class::Absolute
    } else {
        Class::Harmless
    }
}

/// A repository file no git runs of itself, as a program that makes its own repository
/// writes it: `git init`'s hook examples (`*.sample`, which git never runs), and the
/// configuration of a repository in a known subdirectory of the working directory
/// (`myrepo/.git/config`). A program that means the repository it runs in, or the user's,
/// names that one, unless it moves files or directories, links them or changes directory
/// ([`Checker::relocates_files`]), which the caller checks.
fn own_repository_file(path: &PathText) -> bool {
    let end = path.suffix.as_str();
    let in_repository = end.contains("/.git/") || end.starts_with(".git/");
    let example_hook = in_repository && end.ends_with(".sample");
    let subdirectory_config = path.known
        && end.ends_with("/.git/config")
        && !end.starts_with('/')
        && !end.starts_with('~')
        && !end.starts_with("..");
    example_hook || subdirectory_config
}

/// `path` with its leading `..` parts taken as far as the root: `/etc/shadow` for
/// `../../etc/shadow`; none for a path that does not start by climbing.
fn climbed_to_root(path: &PathText) -> Option<PathText> {
    let root = |text: &str| -> Option<String> {
        let mut rest = text.strip_prefix("..")?;
        if !(rest.is_empty() || rest.starts_with('/')) {
            return None;
        }
        while let Some(next) = rest.strip_prefix("/..") {
            if !(next.is_empty() || next.starts_with('/')) {
                break;
            }
            rest = next;
        }
        Some(if rest.is_empty() {
            "/".into()
        } else {
            rest.into()
        })
    };
    let prefix = root(&path.prefix)?;
    let suffix = if path.known {
        prefix.clone()
    } else {
        path.suffix.clone()
    };
    Some(PathText {
        prefix,
        suffix,
        known: path.known,
    })
}

/// Whether an `open`-like call writes: its mode has `w`, `a`, `x` or `+`, or its
/// `os.open` flags name a writing flag.
fn opens_for_writing(checker: &Checker<'_, '_>, call: &ast::ExprCall, name: &str) -> bool {
    let mode = call
        .arguments
        .keywords
        .iter()
        .find(|k| {
            k.arg
                .as_ref()
                .is_some_and(|a| matches!(a.as_str(), "mode" | "flags"))
        })
        .map(|k| &k.value)
        // `Path.open(mode)` takes the mode first; `open(file, mode)` second.
        .or_else(|| call.arguments.args.get(usize::from(name != "open")));
    let Some(mode) = mode else {
        return false;
    };
    if matches!(name, "os.open" | "posix.open") {
        return mentions_write_flag(mode);
    }
    match checker.fold(mode) {
        Folded::Known(Const::Str(m)) => m.contains(['w', 'a', 'x', '+']),
        _ => false,
    }
}

fn mentions_write_flag(expr: &Expr) -> bool {
    match expr {
        Expr::Attribute(a) => is_write_flag(a.attr.as_str()),
        Expr::Name(n) => is_write_flag(n.id.as_str()),
        Expr::BinOp(op) => mentions_write_flag(&op.left) || mentions_write_flag(&op.right),
        // Raw numbers: O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND.
        Expr::NumberLiteral(n) => n
            .value
            .as_int()
            .and_then(|i| i.as_i64())
            .is_some_and(|v| v & 0o3103 != 0),
        _ => false,
    }
}

fn is_write_flag(name: &str) -> bool {
    matches!(
        name,
        "O_WRONLY" | "O_RDWR" | "O_CREAT" | "O_TRUNC" | "O_APPEND"
    )
}

include!(concat!(env!("OUT_DIR"), "/ordinary_reads.rs"));

/// Whether reading `path` (known whole) is what ordinary code reads, as the audit-event
/// policy lists it: the system's libraries and data, `/etc/os-release`, `/proc/cpuinfo`,
/// the CPU and memory limits libraries size their pools by. The run-time side of the report
/// reads the same list (through the prelude's policy).
///
/// The places are matched as the prelude matches them, by the path's start.
fn ordinary_read(path: &PathText) -> bool {
    let text = path.prefix.as_str();
    path.known
        && !text.contains("/..")
        && ORDINARY_READS.iter().any(|place| text.starts_with(place))
        && !UNUSUAL_WITHIN.iter().any(|place| text.starts_with(place))
}

fn report(
    checker: &mut Checker<'_, '_>,
    range: (usize, usize),
    api: &str,
    path: &PathText,
    write: bool,
) {
    if !write && ordinary_read(path) {
        return;
    }
    let class = match classify(path) {
        Class::Persistence if own_repository_file(path) && !checker.relocates_files() => {
            Class::Harmless
        }
        class => class,
    };
    let rule = match (class, write) {
        (Class::Harmless, _) => return,
        (Class::Secret | Class::Kernel, false) => Semantic::SensitiveFileRead,
        (Class::Secret | Class::Kernel | Class::Persistence, true) => Semantic::SensitiveFileWrite,
        // Reading a relative persistence target (`.git/hooks/x`) stays in the working
        // directory.
        (Class::Persistence, false) if !path.is_outside_working_directory() => return,
        (Class::Persistence | Class::Absolute, false) => Semantic::AbsolutePathRead,
        (Class::Absolute, true) => Semantic::AbsolutePathWrite,
    };
    let shown = path.shown();
    checker.report_target(rule, range, api, &format!(" `{shown}`"), shown);
}

/// What `expr` names as a path; of several candidates (`for p in (...)`), the one that
/// matters most.
fn path_of(checker: &Checker<'_, '_>, expr: &Expr) -> Option<PathText> {
    let rank = |path: &PathText| match classify(path) {
        Class::Secret | Class::Kernel => 3,
        Class::Persistence => 2,
        Class::Absolute => 1,
        Class::Harmless => 0,
    };
    // `[p for p in PATHS if os.path.exists(p)]`: some of `PATHS`, whichever the test keeps.
    let expr = match checker.spelled_out(expr) {
        Expr::ListComp(ast::ExprListComp {
            elt, generators, ..
        })
        | Expr::SetComp(ast::ExprSetComp {
            elt, generators, ..
        })
        | Expr::Generator(ast::ExprGenerator {
            elt, generators, ..
        }) => match (elt.as_ref(), &generators[..]) {
            (Expr::Name(kept), [generator]) if matches!(&generator.target, Expr::Name(t) if t.id == kept.id) => {
                &generator.iter
            }
            _ => expr,
        },
        _ => expr,
    };
    // `for place in [os.environ.get("XDG_CONFIG_HOME", ...), "/etc/xdg/autostart"]:`: a
    // module-level loop over a display some of whose values do not fold gives each of those
    // that do (the others are unknown, so nothing is cleared by this).
    let mut folded = checker.fold_candidates(expr);
    let definition = checker.spelled_out(expr);
    for name in loop_names(checker, definition) {
        let Some(display) = checker.call_sites.loop_display(name) else {
            continue;
        };
        for element in display {
            if let Folded::Known(value) = checker.fold(element) {
                folded.extend(checker.fold_candidates_binding(definition, name, value));
            }
        }
    }
    // `for drop in DROPS: open(drop.path, "w")` over `DROPS = [Drop("/etc/cron.d/x", ...)]`:
    // the argument each element's construction gives that field.
    if let Expr::Attribute(field) = definition {
        if let Expr::Name(item) = field.value.as_ref() {
            for element in checker
                .call_sites
                .loop_display(item.id.as_str())
                .unwrap_or_default()
            {
                if let Some(argument) = constructor_argument(checker, element, field.attr.as_str())
                {
                    folded.extend(checker.fold_candidates(argument));
                }
            }
        }
    }
    // The first of equals: candidates come in the order the code lists them. A list of
    // paths (`fileinput.input(files)`) gives each.
    let candidates: Vec<PathText> = folded
        .into_iter()
        .flat_map(|candidate| match candidate {
            Folded::Known(Const::Seq(items)) => items.iter().cloned().map(Folded::Known).collect(),
            other => vec![other],
        })
        .filter_map(PathText::of)
        .collect();
    candidates.into_iter().rev().max_by_key(rank)
}

/// The argument `Record(...)` gives its field `field`, where `Record` is a class of the file
/// whose fields are its annotated class attributes in order (a dataclass, a `NamedTuple`)
/// or its `__init__`'s parameters (stored under their own names, as `self.path = path`):
/// by keyword, or by position.
fn constructor_argument<'a>(
    checker: &Checker<'a, '_>,
    construction: &'a Expr,
    field: &str,
) -> Option<&'a Expr> {
    let Expr::Call(call) = construction else {
        return None;
    };
    let Expr::Name(class_name) = call.func.as_ref() else {
        return None;
    };
    if checker.call_sites.bindings(class_name.id.as_str()) != 1 {
        return None;
    }
    let class = checker.body.iter().find_map(|stmt| match stmt {
        ast::Stmt::ClassDef(class) if class.name.as_str() == class_name.id.as_str() => Some(class),
        _ => None,
    })?;
    if let Some(keyword) = call
        .arguments
        .keywords
        .iter()
        .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == field))
    {
        return Some(&keyword.value);
    }
    let init = class.body.iter().find_map(|stmt| match stmt {
        ast::Stmt::FunctionDef(def) if def.name.as_str() == "__init__" => Some(def),
        _ => None,
    });
    let fields: Vec<&str> = match init {
        Some(init) => init
            .parameters
            .posonlyargs
            .iter()
            .chain(&init.parameters.args)
            .skip(1)
            .map(|p| p.parameter.name.as_str())
            .collect(),
        None => class
            .body
            .iter()
            .filter_map(|stmt| match stmt {
                ast::Stmt::AnnAssign(ast::StmtAnnAssign { target, .. }) => match target.as_ref() {
                    Expr::Name(name) => Some(name.id.as_str()),
                    _ => None,
                },
                _ => None,
            })
            .collect(),
    };
    let index = fields.iter().position(|f| *f == field)?;
    call.arguments
        .args
        .get(index)
        .filter(|a| !a.is_starred_expr())
}

/// The names `expr` reads that a loop binds from a display (at most a few).
fn loop_names<'a>(checker: &Checker<'a, '_>, expr: &'a Expr) -> Vec<&'a str> {
    use ruff_python_ast::visitor::{walk_expr, Visitor};
    struct Names<'c, 'a, 'l> {
        checker: &'c Checker<'a, 'l>,
        found: Vec<&'a str>,
    }
    impl<'a> Visitor<'a> for Names<'_, 'a, '_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr {
                let name = name.id.as_str();
                if self.found.len() < 4
                    && !self.found.contains(&name)
                    && self.checker.call_sites.loop_display(name).is_some()
                {
                    self.found.push(name);
                }
            }
            walk_expr(self, expr);
        }
    }
    let mut names = Names {
        checker,
        found: Vec::new(),
    };
    names.visit_expr(expr);
    names.found
}

/// The last part of the path `expr` names, when the path is not known whole but that part
/// is (`os.path.join(tmp, "plugin.py")`).
pub(crate) fn written_file_name(checker: &Checker<'_, '_>, expr: &Expr) -> Option<String> {
    let path = path_of(checker, expr)?;
    let (_, name) = path.suffix.rsplit_once('/')?;
    (!path.known && !name.is_empty()).then(|| name.to_string())
}

/// The path given by keyword (`open(file=...)`, `fileinput.input(files=...)`,
/// `shutil.copy(src=..., dst=...)`): the `i`th path argument of a call of an `op` function.
fn path_keyword(call: &ast::ExprCall, op: Op, i: usize) -> Option<&Expr> {
    let names: &[&str] = match (op, i) {
        (Op::Copy, 0) => &["src"],
        (Op::Copy, _) => &["dst"],
        _ => &["file", "files", "filename", "filenames", "path", "resource"],
    };
    call.arguments
        .keywords
        .iter()
        .find(|k| {
            k.arg
                .as_ref()
                .is_some_and(|arg| names.contains(&arg.as_str()))
        })
        .map(|k| &k.value)
}

/// A call of a function that takes paths (`open`, `os.remove`, `shutil.copy`, ...).
pub(crate) fn check_call(checker: &mut Checker<'_, '_>, name: &str, call: &ast::ExprCall) {
    match name {
        "os.symlink" | "os.link" | "posix.symlink" | "posix.link" => {
            return check_link(checker, name, call.arguments.args.first(), call)
        }
        "shutil.unpack_archive" => return check_extract(checker, name, call),
        // Without a file it reads the user's `~/.netrc`.
        "netrc.netrc" if call.arguments.args.is_empty() => {
            return report(
                checker,
                span(call.range()),
                name,
                &PathText::fixed("~/.netrc"),
                false,
            );
        }
        // The shadow password database is `/etc/shadow`.
        "spwd.getspnam" | "spwd.getspall" => {
            return report(
                checker,
                span(call.range()),
                name,
                &PathText::fixed("/etc/shadow"),
                false,
            );
        }
        _ => {}
    }
    let Some((op, positions)) = function(name) else {
        return;
    };
    let write = match op {
        Op::Open => opens_for_writing(checker, call, name),
        _ => op == Op::Write,
    };
    for (i, &at) in positions.iter().enumerate() {
        let write = write || (op == Op::Copy && i == 1);
        let arg = call
            .arguments
            .args
            .get(at)
            .or_else(|| path_keyword(call, op, i));
        // `open` gives a file object, which `own_pickle` follows itself.
        if write && name != "builtins.open" && own_pickle::puts_bytes(name) {
            let written = arg.and_then(|arg| written_path(checker, arg));
            checker.own_pickles.wrote(written.as_deref());
        }
        let Some(arg) = arg else {
            continue;
        };
        if let Some(path) = path_of(checker, arg) {
            report(checker, span(call.range()), name, &path, write);
        }
    }
}

/// A call of something the analyzer cannot resolve, given a host secret or another process'
/// or the kernel's interface (`T("/etc/shadow")`, where `T` is the type of an open stream
/// found at run time): reported as a read. Whatever takes such a path most likely opens it,
/// and ordinary code does not hand these paths to anything else. Absolute paths in general
/// are not reported here: they are passed to loggers, parsers and messages all the time.
pub(crate) fn check_unresolved_call(checker: &mut Checker<'_, '_>, call: &ast::ExprCall) {
    // `T(**options)`: the values of the dict display (in the call, or the one a name is
    // bound to once) are keyword arguments too.
    let unpacked = call
        .arguments
        .keywords
        .iter()
        .filter(|keyword| keyword.arg.is_none())
        .filter_map(|keyword| match checker.spelled_out(&keyword.value) {
            Expr::Dict(display) => Some(display),
            _ => None,
        })
        .flat_map(|display| display.items.iter().map(|item| &item.value));
    let keywords = call
        .arguments
        .keywords
        .iter()
        .map(|keyword| &keyword.value)
        .chain(unpacked);
    let arguments: Vec<&Expr> = call.arguments.args.iter().chain(keywords).collect();
    report_secret_argument(checker, call, &call.func, &arguments);
}

/// `map(reader, ["/etc/shadow"])` with a `reader` the analyzer cannot resolve: each item of
/// the display (in the call, or the one a name is bound to once) is an argument of it;
/// `spread` (`itertools.starmap`): each item is a tuple of arguments.
pub(crate) fn check_mapped_call(
    checker: &mut Checker<'_, '_>,
    call: &ast::ExprCall,
    function: &Expr,
    items: &Expr,
    spread: bool,
) {
    let items = checker.spelled_out(items);
    fn elements(display: &Expr) -> Vec<&Expr> {
        match display {
            Expr::List(list) => list.elts.iter().collect(),
            Expr::Tuple(tuple) => tuple.elts.iter().collect(),
            Expr::Set(set) => set.elts.iter().collect(),
            _ => Vec::new(),
        }
    }
    let mut arguments = elements(items);
    if spread {
        arguments = arguments.into_iter().flat_map(elements).collect();
    }
    report_secret_argument(checker, call, function, &arguments);
}

/// The first of `arguments` (given to `callee`, which the analyzer cannot resolve) that is
/// a host secret or a kernel interface, reported as a read at `call`.
fn report_secret_argument(
    checker: &mut Checker<'_, '_>,
    call: &ast::ExprCall,
    callee: &Expr,
    arguments: &[&Expr],
) {
    // Calls of names the analyzer does not know are everywhere: only arguments that can
    // be text of the file's own making are folded.
    let textual = |arg: &&&Expr| {
        matches!(
            arg,
            Expr::StringLiteral(_) | Expr::FString(_) | Expr::BinOp(_) | Expr::Name(_)
        )
    };
    // Secrets and kernel interfaces are absolute or in a home: other text is not looked at.
    let absolute = |text: &[u8]| text.first().is_some_and(|b| matches!(b, b'/' | b'~'));
    let secret = arguments
        .iter()
        .filter(textual)
        .flat_map(|arg| checker.fold_candidates(arg))
        .filter(|folded| match folded {
            Folded::Known(Const::Str(text)) => absolute(text.as_bytes()),
            Folded::Known(Const::Bytes(bytes)) => absolute(bytes),
            Folded::Shape { prefix, .. } => absolute(prefix.as_bytes()),
            _ => false,
        })
        .filter_map(PathText::of)
        .find(|path| matches!(classify(path), Class::Secret | Class::Kernel));
    if let Some(path) = secret {
        let callee = match callee {
            Expr::Name(name) => name.id.as_str(),
            _ => "a callable",
        };
        report(checker, span(call.range()), callee, &path, false);
    }
}

/// The one path a written argument folds to, for `own_pickle`; none when it may be
/// several or is not known whole.
fn written_path(checker: &Checker<'_, '_>, arg: &Expr) -> Option<String> {
    match &checker.fold_candidates(arg)[..] {
        [one] => PathText::of(one.clone())
            .filter(|path| path.known)
            .map(|path| path.prefix),
        _ => None,
    }
}

/// A method call on a value that folds to a path: `Path("/etc/shadow").read_text()`.
pub(crate) fn check_method<'a>(
    checker: &mut Checker<'a, '_>,
    attr: &'a ast::ExprAttribute,
    call: &'a ast::ExprCall,
) {
    let method_name = attr.attr.as_str();
    if matches!(method_name, "symlink_to" | "hardlink_to" | "link_to") {
        if path_of(checker, &attr.value).is_some() {
            checker.own_pickles.wrote(None);
            check_link(checker, method_name, call.arguments.args.first(), call);
        }
        return;
    }
    let Some(op) = method(method_name) else {
        return;
    };
    let Some(path) = path_of(checker, &attr.value) else {
        // Only `pathlib` has these: a file the code does not show is written.
        if matches!(method_name, "write_text" | "write_bytes" | "touch") {
            checker.own_pickles.wrote(None);
        }
        return;
    };
    let write = match op {
        Op::Open => opens_for_writing(checker, call, method_name),
        other => other == Op::Write,
    };
    if let (true, Some(content)) = (
        matches!(method_name, "write_text" | "write_bytes"),
        crate::checker::argument(call, 0, "data"),
    ) {
        let file_name = path.suffix.rsplit('/').next().unwrap_or("").to_string();
        super::dynamic_code::check_written_code(checker, &file_name, content, span(call.range()));
    }
    if write && own_pickle::puts_bytes(method_name) {
        checker
            .own_pickles
            .wrote(path.known.then_some(path.prefix.as_str()));
        // `rename` and `replace` write their argument too.
        if matches!(method_name, "rename" | "replace") {
            let target = call
                .arguments
                .args
                .first()
                .and_then(|arg| written_path(checker, arg));
            checker.own_pickles.wrote(target.as_deref());
        }
    }
    report(checker, span(call.range()), method_name, &path, write);
}

/// `connection.execute("ATTACH DATABASE ? AS s", (path,))`: SQLite opens the file it
/// attaches, creating it when missing, and `CREATE TABLE`/`INSERT` on the attached schema
/// write into it. The path is a quoted literal in the statement or its first parameter.
pub(crate) fn check_sql_attach(checker: &mut Checker<'_, '_>, call: &ast::ExprCall) {
    let Some(Folded::Known(Const::Str(sql))) = call.arguments.args.first().map(|s| checker.fold(s))
    else {
        return;
    };
    let Some(rest) = strip_keyword(&sql, "attach") else {
        return;
    };
    let rest = strip_keyword(rest, "database").unwrap_or(rest);
    let path = if let Some(quoted) = rest.strip_prefix('\'') {
        let literal = quoted.split('\'').next().unwrap_or("");
        PathText::of(Folded::Known(Const::Str(literal.to_string().into())))
    } else if rest.starts_with('?') {
        let first = match call.arguments.args.get(1).map(|p| checker.spelled_out(p)) {
            Some(
                Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }),
            ) => elts.first(),
            _ => None,
        };
        first.and_then(|expr| path_of(checker, expr))
    } else {
        None
    };
    if let Some(path) = path {
        report(checker, span(call.range()), "sqlite3 ATTACH", &path, true);
    }
}

/// `text` past its first word when that is the SQL keyword `keyword` (any case), with the
/// blanks after it.
fn strip_keyword<'t>(text: &'t str, keyword: &str) -> Option<&'t str> {
    let text = text.trim_start();
    let rest = text
        .get(..keyword.len())
        .filter(|word| word.eq_ignore_ascii_case(keyword))
        .map(|_| &text[keyword.len()..])?;
    let ends_word = !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_');
    ends_word.then(|| rest.trim_start())
}

/// A link whose target is an absolute path outside temporary directories.
fn check_link(
    checker: &mut Checker<'_, '_>,
    api: &str,
    target: Option<&Expr>,
    call: &ast::ExprCall,
) {
    // A link makes two names one file.
    checker.own_pickles.wrote(None);
    let Some(target) = target.and_then(|t| path_of(checker, t)) else {
        return;
    };
    if !matches!(classify(&target), Class::Harmless) {
        checker.report_detail(
            Semantic::LinkOrExtract,
            span(call.range()),
            api,
            &format!(" (link to `{}`)", target.shown()),
        );
    }
}

/// Archive extraction without a `filter` (tarfile, `shutil.unpack_archive`).
pub(crate) fn check_extract(checker: &mut Checker<'_, '_>, api: &str, call: &ast::ExprCall) {
    checker.own_pickles.wrote(None);
    let filtered = call
        .arguments
        .keywords
        .iter()
        .any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "filter"));
    if !filtered {
        checker.report_detail(
            Semantic::LinkOrExtract,
            span(call.range()),
            api,
            " (archive extracted without a `filter`)",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(path: &str) -> Class {
        classify(&PathText {
            prefix: normalise(path),
            suffix: normalise(path),
            known: true,
        })
    }

    fn shape(prefix: &str, suffix: &str) -> Class {
        classify(&PathText {
            prefix: prefix.into(),
            suffix: suffix.into(),
            known: false,
        })
    }

    /// The kernel takes paths of up to 4095 bytes; `pathlib` drops empty and `.` parts first.
    #[test]
    fn paths_too_long_to_open() {
        let path = |len: usize| "/a".repeat(len / 2) + &"b".repeat(len % 2);
        assert!(!too_long_to_open(path(4095).as_bytes()));
        assert!(too_long_to_open(path(4096).as_bytes()));
        assert!(!too_long_to_open(
            path(4095).trim_start_matches('/').as_bytes()
        ));
        assert!(too_long_to_open(
            path(4097).trim_start_matches('/').as_bytes()
        ));
        let padded = "/./".repeat(10_000) + "etc//passwd";
        assert!(!too_long_to_open(padded.as_bytes()));
        let climbing = "/a/..".repeat(1_000) + "/etc/passwd";
        assert!(too_long_to_open(climbing.as_bytes()));
        assert!(PathText::of(Folded::Known(Const::Str(climbing.as_str().into()))).is_none());
    }

    #[test]
    fn classifies_targets() {
        assert_eq!(class("/etc/shadow"), Class::Secret);
        assert_eq!(class("/tmp/../etc/passwd"), Class::Secret);
        assert_eq!(class("~/.ssh/id_rsa"), Class::Secret);
        assert_eq!(class("/home/bob/.aws/credentials"), Class::Secret);
        assert_eq!(class("/proc/1/root/etc/hostname"), Class::Kernel);
        assert_eq!(class("/proc/self/status"), Class::Harmless);
        assert_eq!(class("/proc/self/root/etc/shadow"), Class::Secret);
        assert_eq!(class("/proc/thread-self/root/flag"), Class::Secret);
        assert_eq!(
            class("/proc/self/root/proc/self/root/etc/passwd"),
            Class::Secret
        );
        assert_eq!(class("/proc/sys/kernel/core_pattern"), Class::Kernel);
        assert_eq!(class("/dev/sda"), Class::Kernel);
        assert_eq!(class("/dev/null"), Class::Harmless);
        assert_eq!(shape("/proc/", "/environ"), Class::Kernel);
        assert_eq!(class("~/.bashrc"), Class::Persistence);
        assert_eq!(class("/etc/cron.d/job"), Class::Persistence);
        assert_eq!(class("repo/.git/hooks/pre-commit"), Class::Persistence);
        assert_eq!(class(".vscode/tasks.json"), Class::Persistence);
        assert_eq!(class("/home/ann/.ssh/rc"), Class::Secret);
        assert_eq!(class("/flag"), Class::Secret);
        assert_eq!(class("/flag.txt"), Class::Secret);
        assert_eq!(class("/flags/readme"), Class::Secret);
        assert_eq!(class("/opt/flag"), Class::Absolute);
        assert_eq!(shape("", "/evil.pth"), Class::Persistence);
        assert_eq!(class("/opt/models/a.bin"), Class::Absolute);
        assert_eq!(class("/tmp/x"), Class::Harmless);
        assert_eq!(class("data/input.csv"), Class::Harmless);
        assert_eq!(shape("", "/input.csv"), Class::Harmless);
    }

    #[test]
    fn repositories_a_program_makes_itself() {
        let own = |p: &str| own_repository_file(&PathText::fixed(p));
        assert!(own("repo/.git/hooks/pre-commit.sample"));
        assert!(own("myrepo/.git/config"));
        assert!(!own("repo/.git/hooks/pre-commit"));
        assert!(!own(".git/config"));
        assert!(!own("~/src/app/.git/config"));
        assert!(!own("../app/.git/config"));
        assert!(!own_repository_file(&PathText {
            prefix: String::new(),
            suffix: "/.git/config".into(),
            known: false,
        }));
    }

    #[test]
    fn patterns_match_whole_components() {
        assert!(under("/dev/sda1", "/dev/sd*"));
        assert!(under("/etc/cron.d/job", "/etc/cron*"));
        assert!(under("/etc/ssh", "/etc/ssh/"));
        assert!(under("/etc/ssh/sshd_config", "/etc/ssh/"));
        assert!(!under("/etc/sshd", "/etc/ssh/"));
        assert!(!under("/system", "/sys"));
        assert!(!under("/etc/rc.local.bak", "/etc/rc.local"));
        assert!(under(
            ".ipython/profile_x/startup/a.py",
            ".ipython/profile_*/startup/"
        ));
        assert!(!under(
            ".ipython/profile_x/history.sqlite",
            ".ipython/profile_*/startup/"
        ));
        assert!(!under("/dev/s", "/dev/sd*"));
    }

    #[test]
    fn start_up_files_in_a_home_are_persistence() {
        for path in [
            "~/.bash_aliases",
            "/root/.kshrc",
            "/home/ann/.cshrc",
            "~/.tcshrc",
            "~/.xinitrc",
            "~/.xsession",
            "~/.xsessionrc",
            "~/.xprofile",
            "~/.pam_environment",
            "~/.vimrc",
            "~/.exrc",
            "~/.gdbinit",
            "~/.pdbrc",
            "~/.curlrc",
            "~/.wgetrc",
            "~/.tmux.conf",
            "~/.screenrc",
            "~/.inputrc",
            "~/.ipython/profile_default/startup/00-init.py",
            "/home/ann/.ipython/profile_work/ipython_config.py",
            "~/.config/environment.d/50-path.conf",
            "~/.local/share/applications/browser.desktop",
            "~/.config/pip/pip.conf",
            "~/.pip/pip.conf",
            "~/.config/fish/config.fish",
            "~/.config/fish/conf.d/env.fish",
            "~/.emacs",
            "~/.emacs.d/init.el",
            "~/.config/nvim/init.vim",
            "~/.config/nvim/init.lua",
            "~/.lesskey",
            "~/.mailcap",
            "~/.Rprofile",
        ] {
            assert_eq!(classify_path(path), Class::Persistence, "{path}");
        }
        // Its tokens make it a secret first.
        assert_eq!(classify_path("~/.npmrc"), Class::Secret);
        // Outside a home, and a home's other files.
        assert_eq!(classify_path("/srv/app/.vimrc"), Class::Absolute);
        assert_eq!(classify_path("project/.tmux.conf"), Class::Harmless);
        assert_eq!(
            classify_path("~/.ipython/profile_default/history.sqlite"),
            Class::Absolute
        );
        assert_eq!(classify_path("~/.emacs.d/elpa/archives"), Class::Absolute);
    }
}
