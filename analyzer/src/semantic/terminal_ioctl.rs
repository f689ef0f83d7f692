//! PJ425 `terminal-ioctl`: an `ioctl` that injects terminal input or takes a terminal.
//!
//! **What it does.** Finds `fcntl.ioctl` whose request folds to `TIOCSTI` (0x5412),
//! `TIOCLINUX` (0x541C) or `TIOCSCTTY` (0x540E), by name from `termios` or as a number.
//!
//! **Why is this bad?** `TIOCSTI` pushes characters into the terminal's input queue: the
//! shell that started the sandbox reads and runs them after it exits. `TIOCLINUX` reads and
//! pastes the console; `TIOCSCTTY` steals a controlling terminal.
//!
//! **Example.**
//! ```python
//! import fcntl, termios
//! for c in "id\n":
//!     fcntl.ioctl(0, termios.TIOCSTI, c)
//! ```

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::Meta;
use crate::capability::Capability;
use crate::checker::{span, Checker};
use crate::fold::{Const, Folded};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ425",
    name: "terminal-ioctl",
    severity: Severity::High,
    category: "dangerous-call",
    capability: Capability::Device,
    message: "`{name}` injects input into, or takes over, a terminal",
    description: "Finds `fcntl.ioctl` whose request folds to `TIOCSTI` (0x5412), `TIOCLINUX` (0x541C) or `TIOCSCTTY` (0x540E), by name from `termios` or as a number.",
    rationale: "`TIOCSTI` pushes characters into the terminal's input queue: the shell that started the sandbox reads and runs them once the program exits. `TIOCLINUX` reads and pastes the console; `TIOCSCTTY` steals a controlling terminal.",
    example: "import fcntl, termios\nfor c in \"id\\n\":\n    fcntl.ioctl(0, termios.TIOCSTI, c)",
    fix: "Window-size queries (`TIOCGWINSZ`) are not reported. Suppress an intended use with `# pyjail: ignore[PJ425]`.",
    references: &["https://man7.org/linux/man-pages/man2/TIOCSTI.2const.html"],
};

const REQUESTS: [(&str, i64); 3] = [
    ("TIOCSTI", 0x5412),
    ("TIOCLINUX", 0x541C),
    ("TIOCSCTTY", 0x540E),
];

pub(crate) fn check(checker: &mut Checker<'_, '_>, call: &ast::ExprCall) {
    let Some(request) = call.arguments.args.get(1) else {
        return;
    };
    let named = checker.resolve(request);
    let by_name = named.qualified_name().and_then(|q| {
        let (module, name) = q.rsplit_once('.')?;
        (matches!(module, "termios" | "tty")).then_some(name)?;
        REQUESTS.iter().find(|(n, _)| *n == name).map(|(n, _)| *n)
    });
    let by_value = match checker.fold(request) {
        Folded::Known(Const::Int(v)) => REQUESTS.iter().find(|(_, n)| *n == v).map(|(n, _)| *n),
        _ => None,
    };
    if let Some(which) = by_name.or(by_value) {
        checker.report_detail(
            super::Semantic::TerminalIoctl,
            span(call.range()),
            "fcntl.ioctl",
            &format!(" (request {which})"),
        );
    }
}
