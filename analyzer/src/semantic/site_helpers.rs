//! PJ438 `site-helpers`: the interactive helpers the `site` module installs as builtins,
//! used as ways out.
//!
//! **What it does.** Finds `help()` called with no arguments, which starts pydoc's
//! interactive help, and any use of the private state of the `license`, `credits` and
//! `copyright` printers (`_Printer__filenames`, `_Printer__lines`, ...).
//!
//! **Why is this bad?** Interactive help reads its topics from standard input and shows
//! them through a pager (`less`, or `$PAGER`), whose `!` command starts a shell; a prompt
//! that only evaluates expressions hands over a terminal with one call. The printers read
//! and print the files named in their private list: set it, call the printer, and any
//! readable file is printed without `open` appearing anywhere.
//!
//! **Example.**
//! ```python
//! license._Printer__filenames = ["/flag"]
//! license._Printer__lines = None
//! license()
//! ```

use super::Meta;
use crate::capability::Capability;
use crate::checker::{Checker, Via};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ438",
    name: "site-helpers",
    severity: Severity::High,
    category: "dangerous-call",
    capability: Capability::CodeExec,
    message: "`{name}` turns one of `site`'s interactive helpers into a way out",
    description: "Finds `help()` called with no arguments, which starts pydoc's interactive help, and any use of the private state of the `license`, `credits` and `copyright` printers (`_Printer__filenames`, `_Printer__lines`, ...).",
    rationale: "Interactive help reads its topics from standard input and shows them through a pager (`less`, or `$PAGER`), whose `!` command starts a shell: a prompt that only evaluates expressions hands over a terminal with one call. The printers read and print the files named in their private list: set it, call the printer, and any readable file is printed without `open` appearing anywhere.",
    example: "help()\nlicense._Printer__filenames = [\"/flag\"]\nlicense._Printer__lines = None\nlicense()",
    fix: "Call `help(obj)` on what you want documented; leave the printers alone. Suppress with `# pyjail: ignore[PJ438]`.",
    references: &[
        "https://docs.python.org/3/library/site.html",
        "https://docs.python.org/3/library/functions.html#help",
    ],
};

/// The printers `site` adds to the builtins.
pub(crate) fn is_printer(name: &str) -> bool {
    matches!(name, "license" | "credits" | "copyright")
}

/// The private attributes of `site`'s printers, as name mangling spells them.
pub(crate) fn is_printer_state(attribute: &str) -> bool {
    attribute.starts_with("_Printer__")
}

/// The printers' state a name built at run time may spell: its known start and end fit
/// one (`'_' + type(license).__name__ + '__filenames'`).
const PRINTER_STATE: [&str; 4] = [
    "_Printer__filenames",
    "_Printer__lines",
    "_Printer__data",
    "_Printer__linecnt",
];

/// The printer attribute a name of known `prefix` and `suffix` set on a printer can only
/// be, when the suffix names one (an empty or generic end fits too much to say).
pub(crate) fn printer_state_shaped(prefix: &str, suffix: &str) -> Option<&'static str> {
    PRINTER_STATE.into_iter().find(|state| {
        suffix.len() > "__".len()
            && state.len() >= prefix.len() + suffix.len()
            && state.starts_with(prefix)
            && state.ends_with(suffix)
    })
}

pub(crate) fn report(checker: &mut Checker<'_, '_>, range: (usize, usize), what: &str) {
    checker.report(super::Semantic::SiteHelpers, range, what, Via::Direct);
}
