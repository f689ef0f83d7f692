//! PJ430 `sensitive-file-read`: reads a host secret or another process' or the kernel's interface.
//!
//! **What it does.** Finds file APIs (`open`, `io.open`, `codecs.open`, `os.open`, `pathlib` reads, `glob`, `linecache` and the `warnings` functions that show a file's line, `pkgutil.get_data`, `readline`'s history and init files, `tokenize.open`, `fileinput` and `configparser` reads (of one path or a list; by position or keyword), `shutil` copies, `numpy.loadtxt`, ...) whose path folds (through `os.path.join`, `pathlib` `/` and `joinpath`, `expanduser`, f-strings, concatenation; a relative path that starts by climbing, `../../etc/shadow`, as the absolute path it reaches) to a host secret (`/etc/shadow`, `/etc/passwd`, ssh keys, cloud and container credentials, `~/.netrc`, a jail challenge's `/flag`) or a kernel or process interface (`/proc/<pid>/{root,environ,mem,cwd,fd,maps}` of a process other than `self`, `/proc/sys`, `/sys`, `/dev/mem`, block devices). Such a path given to a callable the analyzer cannot resolve (`T("/etc/shadow")`, where `T` is the type of an open stream found at run time; keyword arguments, the values of a dict unpacked with `**`, the items `map` gives it and the tuples `itertools.starmap` spreads included) counts too: whatever takes one most likely opens it.
//!
//! **Why is this bad?** These files hold credentials or reach past the process: `/proc/1/root` is the host's root directory when pid 1 is outside the jail, `/proc/<pid>/environ` holds another process' secrets. Code that reads them is collecting what it should not see.
//!
//! **Example.**
//! ```python
//! open("/etc/shadow").read()
//! pathlib.Path.home().joinpath(".ssh", "id_rsa").read_text()
//! FileIO = type(sys.stdout.buffer.raw)
//! FileIO("/etc/shadow").read()
//! ```
//!
//! The paths are classified in `file_target.rs`.

use super::Meta;
use crate::capability::Capability;
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ430",
    name: "sensitive-file-read",
    severity: Severity::High,
    category: "filesystem",
    capability: Capability::FilesystemRead,
    message: "`{name}` reads a host secret or another process' or the kernel's interface",
    description: "Finds file APIs (`open`, `io.open`, `codecs.open`, `os.open`, `pathlib` reads, `glob`, `linecache` and the `warnings` functions that show a file's line, `pkgutil.get_data`, `readline`'s history and init files, `tokenize.open`, `fileinput` and `configparser` reads (of one path or a list; by position or keyword), `shutil` copies, `numpy.loadtxt`, ...) whose path folds (through `os.path.join`, `pathlib` `/` and `joinpath`, `expanduser`, f-strings, concatenation; a relative path that starts by climbing, `../../etc/shadow`, as the absolute path it reaches) to a host secret (`/etc/shadow`, `/etc/passwd`, ssh keys, cloud and container credentials, `~/.netrc`, a jail challenge's `/flag`) or a kernel or process interface (`/proc/<pid>/{root,environ,mem,cwd,fd,maps}` of a process other than `self`, `/proc/sys`, `/sys`, `/dev/mem`, block devices). Such a path given to a callable the analyzer cannot resolve (`T(\"/etc/shadow\")`, where `T` is the type of an open stream found at run time; keyword arguments, the values of a dict unpacked with `**`, the items `map` gives it and the tuples `itertools.starmap` spreads included) counts too: whatever takes one most likely opens it.",
    rationale: "These files hold credentials or reach past the process: `/proc/1/root` is the host's root directory when pid 1 is outside the jail, `/proc/<pid>/environ` holds another process' secrets. Code that reads them is collecting what it should not see.",
    example: "open(\"/etc/shadow\").read()\npathlib.Path.home().joinpath(\".ssh\", \"id_rsa\").read_text()",
    fix: "Read files of the working directory. Suppress an intended read with `# pyjail: ignore[PJ430]`.",
    references: &["https://docs.python.org/3/library/functions.html#open"],
};
