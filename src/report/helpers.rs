//! Program starts that are not the program's own, recognised from the kernel's record
//! alone: the helper interpreters the standard library starts (`analyzer::stdlib_start`),
//! and the fixed helper programs the standard library and common installed modules run
//! on a caller's behalf (`platform.architecture` runs `file -b` on the interpreter).
//!
//! Telemetry says which code started a program, but the program can rewrite its own
//! telemetry, so an account from it never clears a start: only the executable's place
//! and every word of its command line, which the supervisor read from the kernel, do.
//! Each helper's command line is fixed code with nothing of the caller's choosing in
//! it, so the program gains nothing by starting one itself.

use jail::outcome::{Place, WatchedCall};

/// A fixed helper program and who runs it.
struct Helper {
    /// Its executable's name, which argv[0] names too (as a bare name or a path).
    program: &'static str,
    /// Every argument after argv[0]; [`INTERPRETER`] stands for the jail's interpreter.
    args: &'static [&'static str],
    /// The code that runs it, for the report.
    started_by: &'static str,
    /// Where it writes its own state (fontconfig's cache): the only writes of its
    /// process that are its own, since the same process ran the caller's code before
    /// it started the helper.
    writes_under: &'static [&'static str],
}

/// A start that is a helper's.
#[derive(Debug, PartialEq)]
pub struct HelperStart {
    pub describe: String,
    pub writes_under: &'static [&'static str],
}

/// Stands for the jail's interpreter in [`Helper::args`]: its path, or another `python*`
/// of its directory (`platform` follows the `python3` link to `python3.11`).
const INTERPRETER: &str = "\0interpreter";

const HELPERS: &[Helper] = &[
    Helper {
        program: "file",
        args: &["-b", INTERPRETER],
        started_by: "platform.architecture",
        writes_under: &[],
    },
    Helper {
        program: "uname",
        args: &["-p"],
        started_by: "platform.processor",
        writes_under: &[],
    },
    Helper {
        program: "ldconfig",
        args: &["-p"],
        started_by: "ctypes.util.find_library",
        writes_under: &[],
    },
    Helper {
        program: "ifconfig",
        args: &[],
        started_by: "uuid.getnode",
        writes_under: &[],
    },
    Helper {
        program: "ifconfig",
        args: &["-a"],
        started_by: "uuid.getnode",
        writes_under: &[],
    },
    Helper {
        program: "ifconfig",
        args: &["-av"],
        started_by: "uuid.getnode",
        writes_under: &[],
    },
    Helper {
        program: "ip",
        args: &["link"],
        started_by: "uuid.getnode",
        writes_under: &[],
    },
    Helper {
        program: "arp",
        args: &["-an"],
        started_by: "uuid.getnode",
        writes_under: &[],
    },
    Helper {
        program: "netstat",
        args: &["-ian"],
        started_by: "uuid.getnode",
        writes_under: &[],
    },
    Helper {
        program: "fc-list",
        args: &[],
        started_by: "matplotlib's font manager",
        writes_under: &["/var/cache/fontconfig/"],
    },
    Helper {
        program: "fc-list",
        args: &["--help"],
        started_by: "matplotlib's font manager",
        writes_under: &["/var/cache/fontconfig/"],
    },
    Helper {
        program: "fc-list",
        args: &["--format=%{file}\\n"],
        started_by: "matplotlib's font manager",
        writes_under: &["/var/cache/fontconfig/"],
    },
];

/// What started `exec` when it is not the program's own start: a helper of the standard
/// library or of an installed module, told by its command line word for word, run from
/// the read-only system (not from a path the program could have written) and with no
/// dynamic loader variable in its environment.
pub fn started_by(exec: &WatchedCall, place: Place, interpreter: &str) -> Option<HelperStart> {
    if !exec.loader_variables.is_empty() {
        return None;
    }
    let path = exec.paths.first()?;
    if let Some(start) = (path == interpreter)
        .then(|| analyzer::stdlib_start(&exec.argv, interpreter))
        .flatten()
    {
        return Some(HelperStart {
            describe: format!("{} (standard library)", start.describe()),
            writes_under: &[],
        });
    }
    if place != Place::Outside {
        return None;
    }
    let (first, args) = exec.argv.split_first()?;
    let helper = HELPERS.iter().find(|helper| {
        base_name(path) == helper.program
            && base_name(first) == helper.program
            && args.len() == helper.args.len()
            && args.iter().zip(helper.args).all(|(arg, expected)| {
                if *expected == INTERPRETER {
                    is_interpreter(arg, interpreter)
                } else {
                    arg == expected
                }
            })
    })?;
    Some(HelperStart {
        describe: format!("{} (a fixed helper program)", helper.started_by),
        writes_under: helper.writes_under,
    })
}

fn is_interpreter(path: &str, interpreter: &str) -> bool {
    let directory = |p: &str| p.rsplit_once('/').map(|(dir, _)| dir.to_string());
    path == interpreter
        || (base_name(path).starts_with("python")
            && directory(path).is_some_and(|dir| Some(dir) == directory(interpreter))
            && !path.contains("/../"))
}

fn base_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PYTHON: &str = "/usr/bin/python3.11";

    fn start(path: &str, argv: &[&str]) -> WatchedCall {
        WatchedCall {
            call: "execve".into(),
            paths: vec![path.into()],
            argv: argv.iter().map(|a| a.to_string()).collect(),
            loader_variables: Vec::new(),
            pids: vec![7],
            count: 1,
        }
    }

    #[test]
    fn a_helpers_exact_command_line_from_the_system_is_its_own() {
        for (path, argv) in [
            ("/usr/bin/file", &["file", "-b", PYTHON][..]),
            ("/usr/bin/file", &["file", "-b", "/usr/bin/python3"][..]),
            ("/usr/bin/uname", &["uname", "-p"][..]),
            ("/sbin/ldconfig", &["/sbin/ldconfig", "-p"][..]),
            ("/usr/sbin/ifconfig", &["/usr/sbin/ifconfig", "-a"][..]),
            ("/usr/bin/fc-list", &["fc-list", "--format=%{file}\\n"][..]),
        ] {
            assert!(
                started_by(&start(path, argv), Place::Outside, PYTHON).is_some(),
                "{argv:?}"
            );
        }
    }

    #[test]
    fn anything_else_is_the_programs() {
        for (path, argv, place) in [
            // Another argument, or one more.
            (
                "/usr/bin/file",
                &["file", "-b", "/etc/shadow"][..],
                Place::Outside,
            ),
            (
                "/usr/bin/file",
                &["file", "-b", "/usr/bin/../../etc/python"][..],
                Place::Outside,
            ),
            (
                "/usr/bin/file",
                &["file", "-b", "/tmp/python3"][..],
                Place::Outside,
            ),
            ("/usr/bin/uname", &["uname", "-p", "-a"][..], Place::Outside),
            // The name of a helper on another program.
            ("/bin/sh", &["uname", "-p"][..], Place::Outside),
            ("/usr/bin/uname", &["sh", "-p"][..], Place::Outside),
            // A program of the same name the program could have written.
            ("/work/uname", &["uname", "-p"][..], Place::Writable),
            ("/tmp/fc-list", &["fc-list"][..], Place::Writable),
            // No arguments at all.
            ("/usr/bin/uname", &[][..], Place::Outside),
        ] {
            assert_eq!(
                started_by(&start(path, argv), place, PYTHON),
                None,
                "{path} {argv:?}"
            );
        }
        let mut preloaded = start("/usr/bin/uname", &["uname", "-p"]);
        preloaded.loader_variables = vec!["LD_PRELOAD".into()];
        assert_eq!(started_by(&preloaded, Place::Outside, PYTHON), None);
    }
}
