//! PJ433 `link-or-extract`: plants a link or extracts an archive that can write anywhere.
//!
//! **What it does.** Finds symbolic and hard links whose target is an absolute path outside temporary directories (`os.symlink`, `os.link`, `Path.symlink_to`, `Path.hardlink_to`), and archive extraction without a safe `filter` (`TarFile.extractall`/`extract`, `shutil.unpack_archive`).
//!
//! **Why is this bad?** A link to `/etc/shadow` or `/` in a directory another program reads or serves turns that program into a reader of the host; tar members named `../x` or that are links escape the extraction directory unless a `filter` (`"data"`) refuses them.
//!
//! **Example.**
//! ```python
//! import os
//! os.symlink("/etc/shadow", "public/shadow.txt")
//! tarfile.open("a.tar").extractall()
//! ```
//!
//! The paths are classified in `file_target.rs`.

use super::Meta;
use crate::capability::Capability;
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ433",
    name: "link-or-extract",
    severity: Severity::High,
    category: "filesystem",
    capability: Capability::FilesystemWrite,
    message: "`{name}` plants a link or extracts an archive that can write anywhere",
    description: "Finds symbolic and hard links whose target is an absolute path outside temporary directories (`os.symlink`, `os.link`, `Path.symlink_to`, `Path.hardlink_to`), and archive extraction without a safe `filter` (`TarFile.extractall`/`extract`, `shutil.unpack_archive`).",
    rationale: "A link to `/etc/shadow` or `/` in a directory another program reads or serves turns that program into a reader of the host; tar members named `../x` or that are links escape the extraction directory unless a `filter` (`\"data\"`) refuses them.",
    example: "import os\nos.symlink(\"/etc/shadow\", \"public/shadow.txt\")\ntarfile.open(\"a.tar\").extractall()",
    fix: "Extract with `filter=\"data\"`; link only inside the working directory. Suppress an intended use with `# pyjail: ignore[PJ433]`.",
    references: &["https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter"],
};
