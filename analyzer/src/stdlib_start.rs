//! The interpreters the standard library starts by itself: `multiprocessing`'s resource
//! tracker, spawned workers and forkserver. It starts them with `_posixsubprocess`, which
//! raises no audit event, so nothing in the telemetry accounts for them; their command
//! lines are fixed code of the standard library with numbers (and, for the forkserver,
//! the names of modules to preload and a path list) filled in, which is what is checked
//! here, word for word, so that no other code can pass for them.

use ruff_python_ast::{self as ast, Expr, Stmt};

/// A helper interpreter of the standard library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdlibStart {
    /// `multiprocessing.resource_tracker`: unlinks shared memory and semaphores left behind.
    ResourceTracker,
    /// `multiprocessing.spawn`: a worker of the spawn start method.
    SpawnedWorker,
    /// `multiprocessing.forkserver`: the server the forkserver start method forks from.
    Forkserver,
}

impl StdlibStart {
    pub fn describe(self) -> &'static str {
        match self {
            StdlibStart::ResourceTracker => "multiprocessing's resource tracker",
            StdlibStart::SpawnedWorker => "a multiprocessing worker (spawn)",
            StdlibStart::Forkserver => "multiprocessing's forkserver",
        }
    }

    /// The module the command imports its entry point from, the entry point, and
    /// the arguments that follow the code.
    fn command(self) -> (&'static str, &'static str, &'static [&'static str]) {
        match self {
            StdlibStart::ResourceTracker => ("multiprocessing.resource_tracker", "main", &[]),
            StdlibStart::SpawnedWorker => (
                "multiprocessing.spawn",
                "spawn_main",
                &["--multiprocessing-fork"],
            ),
            StdlibStart::Forkserver => ("multiprocessing.forkserver", "main", &[]),
        }
    }

    const ALL: [StdlibStart; 3] = [
        StdlibStart::ResourceTracker,
        StdlibStart::SpawnedWorker,
        StdlibStart::Forkserver,
    ];
}

/// Which standard-library helper `argv` (a program start's arguments, argv[0] first, as
/// the kernel's record keeps them) starts, when its interpreter is `interpreter`: argv[0]
/// must be the interpreter itself (it decides where the interpreter looks for its
/// standard library), the options only those the interpreter passes on to its helpers
/// with `-I` among them (no environment, no working directory on the module path), then
/// `-c` and the helper's code with literal arguments only. A cut argument ("…") is never
/// one.
pub fn stdlib_start(argv: &[String], interpreter: &str) -> Option<StdlibStart> {
    let (first, rest) = argv.split_first()?;
    if first != interpreter || argv.iter().any(|a| a.ends_with('…')) {
        return None;
    }
    let mut words = rest.iter().map(String::as_str);
    let mut isolated = false;
    let code = loop {
        match words.next()? {
            "-c" => break words.next()?,
            "-X" => harmless_x_option(words.next()?).then_some(())?,
            // A warning category named by module would be imported.
            "-W" => (!words.next()?.contains('.')).then_some(())?,
            flag => {
                isolated |= flag == "-I";
                repeated_flag(flag).then_some(())?
            }
        }
    };
    if !isolated {
        return None;
    }
    let after: Vec<&str> = words.collect();
    let body = ruff_python_parser::parse_module(code)
        .ok()?
        .into_syntax()
        .body;
    StdlibStart::ALL.into_iter().find(|start| {
        let (module, entry, trailing) = start.command();
        after == trailing && calls_entry_with_literals(&body, module, entry)
    })
}

/// `-X` options the interpreter passes on that change no code it runs.
fn harmless_x_option(option: &str) -> bool {
    let name = option.split('=').next().unwrap_or_default();
    matches!(
        name,
        "utf8"
            | "dev"
            | "faulthandler"
            | "tracemalloc"
            | "importtime"
            | "frozen_modules"
            | "showrefcount"
            | "warn_default_encoding"
            | "int_max_str_digits"
            | "no_debug_ranges"
            | "cpu_count"
            | "gil"
    )
}

/// A flag as `subprocess._args_from_interpreter_flags` writes one: `-` and one letter,
/// repeated for a level (`-OO`, `-vv`).
fn repeated_flag(flag: &str) -> bool {
    let Some(letters) = flag.strip_prefix('-') else {
        return false;
    };
    let mut chars = letters.chars();
    chars
        .next()
        .is_some_and(|c| "dvbqOBSIEsPu".contains(c) && letters.chars().all(|l| l == c))
}

/// `from <module> import <entry>` then one call of `<entry>` with literal arguments.
fn calls_entry_with_literals(body: &[Stmt], module: &str, entry: &str) -> bool {
    let [Stmt::ImportFrom(import), Stmt::Expr(call)] = body else {
        return false;
    };
    let imports_entry = import.level == 0
        && import.module.as_ref().is_some_and(|m| m.as_str() == module)
        && matches!(import.names.as_slice(), [alias] if alias.name.as_str() == entry && alias.asname.is_none());
    let Expr::Call(call) = call.value.as_ref() else {
        return false;
    };
    let calls_entry = matches!(call.func.as_ref(), Expr::Name(name) if name.id.as_str() == entry);
    imports_entry
        && calls_entry
        && call.arguments.args.iter().all(literal)
        && call.arguments.keywords.iter().all(|k| match &k.arg {
            Some(_) => literal(&k.value),
            None => matches!(&k.value, Expr::Dict(_)) && literal(&k.value),
        })
}

/// A literal: numbers, strings, bytes, booleans, None, and lists, tuples, sets and
/// dicts of literals.
fn literal(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => true,
        Expr::UnaryOp(ast::ExprUnaryOp { op, operand, .. }) => {
            *op == ast::UnaryOp::USub && matches!(operand.as_ref(), Expr::NumberLiteral(_))
        }
        Expr::List(list) => list.elts.iter().all(literal),
        Expr::Tuple(tuple) => tuple.elts.iter().all(literal),
        Expr::Set(set) => set.elts.iter().all(literal),
        Expr::Dict(dict) => dict
            .items
            .iter()
            .all(|item| item.key.as_ref().is_some_and(literal) && literal(&item.value)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PYTHON: &str = "/usr/bin/python3";

    fn argv(words: &[&str]) -> Vec<String> {
        std::iter::once(PYTHON)
            .chain(words.iter().copied())
            .map(String::from)
            .collect()
    }

    #[test]
    fn the_standard_librarys_own_command_lines_are_recognised() {
        let flags = ["-B", "-S", "-I", "-X", "utf8"];
        let with = |tail: &[&str]| argv(&[&flags[..], tail].concat());
        assert_eq!(
            stdlib_start(
                &with(&[
                    "-c",
                    "from multiprocessing.resource_tracker import main;main(5)"
                ]),
                PYTHON
            ),
            Some(StdlibStart::ResourceTracker)
        );
        assert_eq!(
            stdlib_start(
                &with(&[
                    "-c",
                    "from multiprocessing.spawn import spawn_main; spawn_main(tracker_fd=6, pipe_handle=9)",
                    "--multiprocessing-fork"
                ]),
                PYTHON
            ),
            Some(StdlibStart::SpawnedWorker)
        );
        assert_eq!(
            stdlib_start(
                &with(&[
                    "-c",
                    "from multiprocessing.forkserver import main; main(7, 8, ['__main__'], **{'sys_path': ['/work'], 'main_path': '/work/x.py'})"
                ]),
                PYTHON
            ),
            Some(StdlibStart::Forkserver)
        );
    }

    #[test]
    fn anything_else_is_not_one() {
        let tracker = "from multiprocessing.resource_tracker import main;main(5)";
        for words in [
            // Code after the call, or a call with code in its arguments.
            &["-I", "-c", "from multiprocessing.resource_tracker import main;main(5); import os"][..],
            &["-I", "-c", "from multiprocessing.resource_tracker import main;main(__import__('os').system('id'))"],
            &["-I", "-c", "from multiprocessing.forkserver import main; main(7, 8, [], **globals())"],
            // Another entry point, an alias, another module.
            &["-I", "-c", "from multiprocessing.resource_tracker import main as m;m(5)"],
            &["-I", "-c", "from os import system;system(5)"],
            // Not isolated: the working directory or PYTHONPATH could shadow the module.
            &["-B", "-c", tracker],
            // Options that run other code.
            &["-I", "-X", "presite=evil", "-c", tracker],
            &["-I", "-W", "ignore::evil.Warning", "-c", tracker],
            &["-I", "-m", "evil", "-c", tracker],
            // Arguments after the code, or the spawn marker on the wrong helper.
            &["-I", "-c", tracker, "x"],
            &["-I", "-c", tracker, "--multiprocessing-fork"],
            // A cut argument.
            &["-I", "-c", "from multiprocessing.resource_tracker import main;main(5)…"],
        ] {
            assert_eq!(stdlib_start(&argv(words), PYTHON), None, "{words:?}");
        }
        // Another program, or the interpreter under another name.
        let tracker_argv = argv(&["-I", "-c", tracker]);
        assert_eq!(stdlib_start(&tracker_argv, "/bin/sh"), None);
        let mut renamed = tracker_argv.clone();
        renamed[0] = "/tmp/fake/bin/python3".into();
        assert_eq!(stdlib_start(&renamed, PYTHON), None);
    }
}
