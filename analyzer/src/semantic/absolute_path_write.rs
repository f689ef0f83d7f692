//! PJ434 `absolute-path-write`: writes a file outside the working and temporary directories.
//!
//! **What it does.** Finds file APIs that write, create, remove or move a folded absolute path (or one in a home directory) that is not a temporary directory and not a persistence target, secret or kernel interface (those are PJ431).
//!
//! **Why is this bad?** Writing outside the working directory changes the host for whoever comes next; in submitted code it is rare and worth a look.
//!
//! **Example.**
//! ```python
//! shutil.rmtree("/var/www/html")
//! ```
//!
//! The paths are classified in `file_target.rs`.

use super::Meta;
use crate::capability::Capability;
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ434",
    name: "absolute-path-write",
    severity: Severity::Medium,
    category: "filesystem",
    capability: Capability::FilesystemWrite,
    message: "`{name}` writes a file outside the working and temporary directories",
    description: "Finds file APIs that write, create, remove or move a folded absolute path (or one in a home directory) that is not a temporary directory and not a persistence target, secret or kernel interface (those are PJ431).",
    rationale: "Writing outside the working directory changes the host for whoever comes next; in submitted code it is rare and worth a look.",
    example: "shutil.rmtree(\"/var/www/html\")",
    fix: "Write into the working directory or a temporary one. Suppress an intended write with `# pyjail: ignore[PJ434]`.",
    references: &["https://docs.python.org/3/library/shutil.html"],
};
