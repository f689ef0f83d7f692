//! PJ432 `absolute-path-read`: reads a file outside the working and temporary directories.
//!
//! **What it does.** Finds file APIs that read or list a folded absolute path (or a home directory) that is not a temporary directory, a standard stream or a place ordinary code reads (the audit-event policy's `paths.reads`: the system's libraries and data, `/etc/os-release`, `/proc/self`, `/proc/cpuinfo`, the cgroup's CPU and memory limits), and is not a secret or kernel interface (those are PJ430).
//!
//! **Why is this bad?** Submitted code normally works on its own files. Reading elsewhere on the host is reconnaissance more often than not; it is rare in ordinary snippets.
//!
//! **Example.**
//! ```python
//! open("/opt/app/config.json")
//! ```
//!
//! The paths are classified in `file_target.rs`.

use super::Meta;
use crate::capability::Capability;
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ432",
    name: "absolute-path-read",
    severity: Severity::Medium,
    category: "filesystem",
    capability: Capability::FilesystemRead,
    message: "`{name}` reads a file outside the working and temporary directories",
    description: "Finds file APIs that read or list a folded absolute path (or a home directory) that is not a temporary directory, a standard stream or a place ordinary code reads (the audit-event policy's `paths.reads`: the system's libraries and data, `/etc/os-release`, `/proc/self`, `/proc/cpuinfo`, the cgroup's CPU and memory limits), and is not a secret or kernel interface (those are PJ430).",
    rationale: "Submitted code normally works on its own files. Reading elsewhere on the host is reconnaissance more often than not; it is rare in ordinary snippets.",
    example: "open(\"/opt/app/config.json\")",
    fix: "Use paths relative to the working directory. Suppress an intended read with `# pyjail: ignore[PJ432]`.",
    references: &["https://docs.python.org/3/library/os.path.html"],
};
