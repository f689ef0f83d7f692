//! PJ424 `signal-process`: a signal sent to another process.
//!
//! **What it does.** Finds `os.kill`, `os.killpg` (and `posix`'s) and
//! `signal.pidfd_send_signal` unless the target is the process itself (`os.getpid()`) or
//! the signal is 0 (which only asks whether the process exists).
//!
//! **Why is this bad?** Killing pid 1, the parent (`os.getppid()`), every process (`-1`)
//! or the process group takes down the supervisor or the service hosting the code, and
//! `SIGSTOP` freezes it: denial of service from a line of code.
//!
//! **Example.**
//! ```python
//! import os, signal
//! os.kill(os.getppid(), signal.SIGKILL)
//! ```

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::Meta;
use crate::capability::Capability;
use crate::checker::{span, Checker, Via};
use crate::fold::{Const, Folded};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ424",
    name: "signal-process",
    severity: Severity::High,
    category: "dangerous-call",
    capability: Capability::Signal,
    message: "`{name}` sends a signal to another process",
    description: "Finds `os.kill`, `os.killpg` (and `posix`'s) and `signal.pidfd_send_signal` unless the target is the process itself (`os.getpid()`) or the signal is 0 (which only asks whether the process exists).",
    rationale: "Killing pid 1, the parent (`os.getppid()`), every process (`-1`) or the process group takes down the supervisor or the service hosting the code, and `SIGSTOP` freezes it. A pid computed at run time may be any of these.",
    example: "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)",
    fix: "Signal only your own process (`os.kill(os.getpid(), sig)`) or use `signal.raise_signal`. Suppress an intended use with `# pyjail: ignore[PJ424]`.",
    references: &["https://docs.python.org/3/library/os.html#os.kill"],
};

/// The functions this rule looks at.
pub(crate) fn is_target(name: &str) -> bool {
    matches!(
        name,
        "os.kill" | "os.killpg" | "posix.kill" | "posix.killpg" | "signal.pidfd_send_signal"
    )
}

pub(crate) fn check<'a>(checker: &mut Checker<'a, '_>, name: &str, call: &'a ast::ExprCall) {
    // Signal 0 sends nothing: `os.kill(pid, 0)` asks whether the process exists.
    let probe = matches!(
        call.arguments.args.get(1).map(|s| checker.fold(s)),
        Some(Folded::Known(Const::Int(0)))
    );
    if probe && name != "signal.pidfd_send_signal" {
        return;
    }
    let own = match call.arguments.args.first() {
        Some(Expr::Call(pid)) => matches!(
            checker.resolve(&pid.func).qualified_name(),
            Some("os.getpid" | "posix.getpid")
        ),
        _ => false,
    };
    if !own {
        checker.report(
            super::Semantic::SignalProcess,
            span(call.range()),
            name,
            Via::Direct,
        );
    }
}
