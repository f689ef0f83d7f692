//! PJ440 `command-environment`: sets an environment variable that names code other programs run.
//!
//! **What it does.** Finds writes to `os.environ` (item assignment, `update`, `setdefault`, `__setitem__`; `os.environb`; the same through an alias or another module's `os`, `pydoc.os.environ`) and `os.putenv` of a variable that makes later programs load code, whatever its value: `LD_PRELOAD`, `LD_AUDIT`, `PYTHONSTARTUP`, `PYTHONINSPECT` (this interpreter reads and runs its standard input when the program ends), `BASH_ENV`, `ENV`, `PROMPT_COMMAND`, `PERL5OPT`, `NODE_OPTIONS`, `GIT_CONFIG_PARAMETERS`; or of a variable that names a command other programs run (`PAGER`, `MANPAGER`, `GIT_PAGER`, `EDITOR`, `VISUAL`, `GIT_EDITOR`, `BROWSER`, `GIT_SSH`, `GIT_SSH_COMMAND`, `GIT_EXTERNAL_DIFF`, `GIT_ASKPASS`, `SSH_ASKPASS`, `SUDO_ASKPASS`, `SHELL`, `TERMINAL`) when its value is not one plain command: shell syntax, an interpreter given arguments (`sh -c ...`, `python3 script.py`), or text only known at run time. `PAGER=cat`, `GIT_PAGER=less -R` and `EDITOR=/usr/bin/vim` are not reported.
//!
//! **Why is this bad?** These variables are code the program leaves for others: `help()`,
//! `man`, `git` and `webbrowser` run the pager, editor or browser named there through a
//! shell, and the dynamic loader, Python, bash and node load the files named by the others
//! into every program started later, the sandbox's own tools included.
//!
//! **Example.**
//! ```python
//! import os
//! os.environ["PAGER"] = "sh -c 'id; cat /flag'"
//! help(len)
//! ```

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::Meta;
use crate::capability::Capability;
use crate::checker::{span, Checker};
use crate::fold::{Const, Folded};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ440",
    name: "command-environment",
    severity: Severity::High,
    category: "dangerous-call",
    capability: Capability::Process,
    message: "`{name}` sets an environment variable that names code other programs run",
    description: "Finds writes to `os.environ` (item assignment, `update`, `setdefault`, `__setitem__`; `os.environb`; the same through an alias or another module's `os`, `pydoc.os.environ`) and `os.putenv` of a variable that makes later programs load code, whatever its value: `LD_PRELOAD`, `LD_AUDIT`, `PYTHONSTARTUP`, `PYTHONINSPECT` (this interpreter reads and runs its standard input when the program ends), `BASH_ENV`, `ENV`, `PROMPT_COMMAND`, `PERL5OPT`, `NODE_OPTIONS`, `GIT_CONFIG_PARAMETERS`; or of a variable that names a command other programs run (`PAGER`, `MANPAGER`, `GIT_PAGER`, `EDITOR`, `VISUAL`, `GIT_EDITOR`, `BROWSER`, `GIT_SSH`, `GIT_SSH_COMMAND`, `GIT_EXTERNAL_DIFF`, `GIT_ASKPASS`, `SSH_ASKPASS`, `SUDO_ASKPASS`, `SHELL`, `TERMINAL`) when its value is not one plain command: shell syntax, an interpreter given arguments (`sh -c ...`, `python3 script.py`), or text only known at run time. `PAGER=cat`, `GIT_PAGER=less -R` and `EDITOR=/usr/bin/vim` are not reported.",
    rationale: "These variables are code the program leaves for others: `help()`, `man`, `git` and `webbrowser` run the pager, editor or browser named there through a shell, and the dynamic loader, Python, bash and node load the files named by the others into every program started later, the sandbox's own tools included.",
    example: "import os\nos.environ[\"PAGER\"] = \"sh -c 'id; cat /flag'\"\nhelp(len)",
    fix: "Pass a child its environment explicitly, with plain commands (`PAGER=cat`). Suppress an intended use with `# pyjail: ignore[PJ440]`.",
    references: &[
        "https://man7.org/linux/man-pages/man8/ld.so.8.html",
        "https://docs.python.org/3/using/cmdline.html#envvar-PYTHONSTARTUP",
        "https://git-scm.com/docs/git#_environment_variables",
    ],
};

/// Variables whose value is loaded as code by programs started later, whatever it is.
const LOADS_CODE: &[&str] = &[
    "LD_PRELOAD",
    "LD_AUDIT",
    "PYTHONSTARTUP",
    "PYTHONINSPECT",
    "BASH_ENV",
    "ENV",
    "PROMPT_COMMAND",
    "PERL5OPT",
    "NODE_OPTIONS",
    "GIT_CONFIG_PARAMETERS",
];

/// Variables that name a command other programs run (most of them through a shell).
const NAMES_COMMAND: &[&str] = &[
    "PAGER",
    "MANPAGER",
    "GIT_PAGER",
    "EDITOR",
    "VISUAL",
    "GIT_EDITOR",
    "BROWSER",
    "GIT_SSH",
    "GIT_SSH_COMMAND",
    "GIT_EXTERNAL_DIFF",
    "GIT_ASKPASS",
    "SSH_ASKPASS",
    "SUDO_ASKPASS",
    "SHELL",
    "TERMINAL",
];

/// Programs that run the code their arguments give: as a pager or editor with arguments,
/// they run whatever those say.
const INTERPRETERS: &[&str] = &[
    "sh", "bash", "dash", "zsh", "ksh", "fish", "env", "python", "python2", "python3", "perl",
    "ruby", "node", "php", "lua", "awk", "busybox", "xargs",
];

/// The mappings of the process' environment.
const ENVIRONMENTS: &[&str] = &["os.environ", "os.environb", "posix.environ"];

/// `os.environ[name] = value` (`os.environb`, an alias, another module's `os`).
pub(crate) fn check_assign(checker: &mut Checker<'_, '_>, target: &Expr, value: &Expr) {
    let Expr::Subscript(sub) = target else {
        return;
    };
    let environment = checker.resolve(&sub.value);
    if let Some(api) = environment
        .qualified_name()
        .filter(|name| ENVIRONMENTS.contains(name))
    {
        let api = api.to_string();
        check_entry(checker, span(target.range()), &api, &sub.slice, Some(value));
    }
}

/// The method that `qualified` (`os.environ.update`) calls on the environment, when it
/// sets entries.
pub(crate) fn setting_method(qualified: &str) -> Option<&str> {
    let (object, method) = qualified.rsplit_once('.')?;
    (ENVIRONMENTS.contains(&object) && matches!(method, "update" | "setdefault" | "__setitem__"))
        .then_some(method)
}

/// A method call on `os.environ` that sets entries: `update`, `setdefault`, `__setitem__`.
pub(crate) fn check_method(checker: &mut Checker<'_, '_>, method: &str, call: &ast::ExprCall) {
    let range = span(call.range());
    let api = format!("os.environ.{method}");
    match method {
        "setdefault" | "__setitem__" => {
            if let Some(name) = call.arguments.args.first() {
                let value = call.arguments.args.get(1);
                check_entry(checker, range, &api, name, value);
            }
        }
        "update" => {
            for argument in &call.arguments.args {
                if let Expr::Dict(display) = checker.spelled_out(argument) {
                    for item in &display.items {
                        if let Some(name) = &item.key {
                            check_entry(checker, range, &api, name, Some(&item.value));
                        }
                    }
                }
            }
            for keyword in &call.arguments.keywords {
                if let Some(name) = &keyword.arg {
                    judge(checker, range, &api, name.as_str(), Some(&keyword.value));
                }
            }
        }
        _ => {}
    }
}

/// `os.putenv(name, value)`.
pub(crate) fn check_putenv(checker: &mut Checker<'_, '_>, api: &str, call: &ast::ExprCall) {
    if let Some(name) = call.arguments.args.first() {
        let value = call.arguments.args.get(1);
        check_entry(checker, span(call.range()), api, name, value);
    }
}

fn check_entry(
    checker: &mut Checker<'_, '_>,
    range: (usize, usize),
    api: &str,
    name: &Expr,
    value: Option<&Expr>,
) {
    for candidate in checker.fold_candidates(name) {
        let name = match candidate {
            Folded::Known(Const::Str(name)) => name.to_string(),
            Folded::Known(Const::Bytes(name)) => String::from_utf8_lossy(&name).into_owned(),
            _ => continue,
        };
        if judge(checker, range, api, &name, value) {
            return;
        }
    }
}

/// Reports setting `name` to `value` when it leaves code for other programs; whether it did.
fn judge(
    checker: &mut Checker<'_, '_>,
    range: (usize, usize),
    api: &str,
    name: &str,
    value: Option<&Expr>,
) -> bool {
    let reported = if LOADS_CODE.contains(&name) {
        true
    } else if NAMES_COMMAND.contains(&name) {
        !value.is_some_and(|value| names_plain_command(checker, value))
    } else {
        false
    };
    if reported {
        checker.report_detail(
            super::Semantic::CommandEnvironment,
            range,
            api,
            &format!(" (`{name}`)"),
        );
    }
    reported
}

/// Whether every text `value` may be is one plain command: a program name or path with
/// simple options, no shell syntax, and not an interpreter given something to run.
fn names_plain_command(checker: &Checker<'_, '_>, value: &Expr) -> bool {
    let candidates = checker.fold_candidates(value);
    !candidates.is_empty()
        && candidates.iter().all(|candidate| match candidate {
            Folded::Known(Const::Str(text)) => plain_command(text),
            Folded::Known(Const::Bytes(bytes)) => plain_command(&String::from_utf8_lossy(bytes)),
            _ => false,
        })
}

fn plain_command(text: &str) -> bool {
    let shell_syntax = |c: char| {
        matches!(
            c,
            ';' | '|'
                | '&'
                | '$'
                | '`'
                | '<'
                | '>'
                | '('
                | ')'
                | '{'
                | '}'
                | '\''
                | '"'
                | '\\'
                | '*'
                | '?'
                | '['
                | ']'
                | '~'
                | '#'
                | '!'
                | '\n'
                | '\r'
        )
    };
    if text.chars().any(shell_syntax) {
        return false;
    }
    let mut words = text.split_whitespace();
    let Some(program) = words.next() else {
        return false;
    };
    let base = program.rsplit('/').next().unwrap_or(program);
    let has_arguments = words.next().is_some();
    !(has_arguments
        && INTERPRETERS.contains(&base.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')))
}

#[cfg(test)]
mod tests {
    use super::plain_command;

    #[test]
    fn plain_commands() {
        for text in [
            "cat",
            "less -R",
            "/usr/bin/vim",
            "more",
            "true",
            "bash",
            "code --wait",
        ] {
            assert!(plain_command(text), "{text}");
        }
        for text in [
            "sh -c 'id'",
            "sh -c id",
            "python3.11 /tmp/x.py",
            "cat; id",
            "less $(id)",
            "",
            "env X=1 id",
        ] {
            assert!(!plain_command(text), "{text}");
        }
    }
}
