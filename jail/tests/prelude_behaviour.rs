//! Under the prelude a program behaves as under plain `python3 -I -S FILE`:
//! same output, exit status, tracebacks, `__main__`, argv, pickling; and the
//! telemetry of an ordinary program is complete with no tamper signal.

mod prelude_harness;

use prelude_harness::{plain, run, run_with, scrub, Options};

/// Runs `program` both ways and compares what a user sees.
fn same_as_plain(program: &str, args: &[&str]) -> prelude_harness::Run {
    let traced = run_with(
        program,
        Options {
            args,
            ..Options::default()
        },
    );
    let (status, stdout, stderr) = plain(program, args);
    assert_eq!(traced.status.code(), status.code(), "exit status");
    assert_eq!(scrub(&traced, &traced.stdout), stdout, "stdout");
    assert_eq!(scrub(&traced, &traced.stderr), stderr, "stderr");
    traced
}

#[test]
fn an_ordinary_program_runs_as_main_with_complete_telemetry() {
    let program = r#"
import sys, json, gc
print(__name__, sys.argv[1:], __file__.endswith('/main.py'), sys.argv[0].endswith('main.py'))
print(sorted(k for k in globals() if k.startswith('__')))
print(json.dumps({"ok": True}), gc.isenabled())
"#;
    let run = same_as_plain(program, &["one", "two"]);
    run.check(
        run.stdout.starts_with("__main__ ['one', 'two'] True True"),
        "runs as __main__ with its own argv",
    );
    let t = &run.telemetry;
    run.check(t.complete && t.tamper.is_empty(), "complete, no tamper");
    assert!(!t.trusted);
    let start = t.start.as_ref().unwrap();
    assert!(start.file.ends_with("/main.py"));
    assert!(start.python.starts_with("3."));
    assert!(t.end.is_some());
    assert!(t.counts["import"] >= 1, "json was imported: {:?}", t.counts);
    let first = &run.lines[0];
    assert!(first.contains(r#""seq":1,"#) && first.contains(r#""kind":"start""#));
}

#[test]
fn exit_status_and_uncaught_exceptions_match_plain_python() {
    same_as_plain("import sys\nprint('bye')\nsys.exit(3)\n", &[]);
    same_as_plain("raise SystemExit('a message')\n", &[]);
    let run = same_as_plain(
        "def inner():\n    return 1 / 0\n\ndef outer():\n    inner()\n\nouter()\n",
        &[],
    );
    assert_eq!(run.code(), Some(1));
    // The traceback is the program's own: its file and lines, no prelude frame.
    run.check(
        run.stderr.contains("main.py\", line 7, in <module>"),
        "caller line",
    );
    run.check(
        run.stderr.contains("main.py\", line 2, in inner"),
        "failing line",
    );
    assert!(!run.stderr.contains("prelude.py"), "{}", run.stderr);
    run.check(
        run.telemetry.end.is_some(),
        "the end record survives an exception",
    );
}

#[test]
fn syntax_errors_and_chained_exceptions_look_the_same() {
    // A program that does not compile ran nothing: its telemetry is whole, with no sign of
    // tampering (a 3.12 f-string under 3.11 is an ordinary program for another version).
    let run = same_as_plain("print('never'\n", &[]);
    run.check(
        run.telemetry.start.is_some() && run.telemetry.end.is_some(),
        "start and end records",
    );
    run.check(run.telemetry.tamper.is_empty(), "no tamper signal");
    same_as_plain(
        "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad') from e\n",
        &[],
    );
}

#[test]
fn compiler_warnings_name_the_programs_file() {
    // The prelude compiles without compile() when it can (see _compile): a
    // warning must still come out once, under the program's name.
    let run = same_as_plain(
        "x = 1\nif x is 1:\n    print('one')\nassert (x, 'always true')\n",
        &[],
    );
    run.check(
        run.stderr.contains("main.py:2: SyntaxWarning"),
        "warning under the program's name",
    );
    run.check(!run.stderr.contains("<string>"), "no <string>");
}

#[test]
fn every_code_object_of_the_program_carries_its_file_name() {
    let program = r#"
import sys
def f():
    return [lambda: sys._getframe().f_code.co_filename for _ in '1'][0]()
class C:
    def m(self):
        return sys._getframe().f_code.co_filename
names = {sys._getframe().f_code.co_filename, f.__code__.co_filename, f(), C().m()}
print([n.rsplit('/', 1)[-1] for n in names], f.__code__.co_firstlineno)
"#;
    let run = same_as_plain(program, &[]);
    assert_eq!(run.stdout, "['main.py'] 3\n");
}

#[test]
fn a_missing_program_fails_like_plain_python() {
    let dir = prelude_harness::Scratch::new();
    let prelude = dir.path().join("prelude.py");
    std::fs::write(&prelude, prelude_harness::image()).unwrap();
    let missing = dir.path().join("nope.py");
    let ours = std::process::Command::new(prelude_harness::python())
        .args(["-I", "-S"])
        .arg(&prelude)
        .arg(&missing)
        .output()
        .unwrap();
    let theirs = std::process::Command::new(prelude_harness::python())
        .args(["-I", "-S"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(ours.status.code(), Some(2));
    assert_eq!(ours.stderr, theirs.stderr);
}

#[test]
fn classes_of_the_program_pickle_because_they_live_in_main() {
    let program = r#"
import pickle
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = pickle.loads(pickle.dumps(Point(1, 2)))
print(type(p).__module__, type(p) is Point, p.x + p.y)
"#;
    let run = same_as_plain(program, &[]);
    assert_eq!(run.stdout, "__main__ True 3\n");
}

#[test]
fn threads_and_atexit_run_before_the_end_record() {
    let program = r#"
import atexit, threading, time
atexit.register(lambda: open('after-atexit', 'w').close())
def late():
    time.sleep(0.05)
    open('from-thread', 'w').close()
threading.Thread(target=late).start()
print('main done')
"#;
    let run = same_as_plain(program, &[]);
    let t = &run.telemetry;
    run.check(t.complete, "complete");
    let end_seq = t.end.as_ref().unwrap().seq;
    let writes = run.records("open");
    let late: Vec<_> = writes
        .iter()
        .filter(|r| r["tier"] == "always")
        .map(|r| {
            (
                r["args"][0].as_str().unwrap().to_string(),
                r["seq"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(late.len(), 2, "{late:?}");
    assert!(
        late.iter().all(|(_, seq)| *seq < end_seq),
        "{late:?} before {end_seq}"
    );
}

#[test]
fn site_runs_only_when_asked() {
    let program = "print(callable(globals().get('exit') or __builtins__.__dict__.get('exit')))\n";
    let without = run(program);
    assert_eq!(without.stdout, "False\n");
    let with = run_with(
        program,
        Options {
            site: true,
            ..Options::default()
        },
    );
    with.check(with.stdout == "True\n", "site.main() added exit()");
    assert!(with.telemetry.start.as_ref().unwrap().site);
    with.check(with.telemetry.complete, "complete with --site");
}

#[test]
fn without_a_telemetry_pipe_the_program_still_runs() {
    let run = run_with(
        "print('alone')\n",
        Options {
            telemetry: false,
            ..Options::default()
        },
    );
    assert_eq!(run.code(), Some(0));
    assert_eq!(run.stdout, "alone\n");
    assert_eq!(run.stderr, "");
}

#[test]
fn the_source_form_runs_too_on_every_python_here() {
    let mut pythons = vec![prelude_harness::python()];
    let debian = std::path::PathBuf::from("/usr/bin/python3");
    if debian.exists() {
        pythons.push(debian);
    }
    for python in pythons {
        let run = run_with(
            "import os\nos.system('true')\n",
            Options {
                python: python.clone(),
                prelude: jail::prelude::source().as_bytes().to_vec(),
                ..Options::default()
            },
        );
        run.check(
            run.code() == Some(0) && run.telemetry.complete,
            &format!("{} runs the source prelude", python.display()),
        );
        assert_eq!(run.records("os.system")[0]["line"], 2);
    }
}

#[test]
fn the_hook_and_its_helpers_use_no_globals_builtins_or_closures() {
    // Finds the prelude's functions by their private globals and reads their bytecode.
    let program = r#"
import dis, gc, sys
gc.unfreeze()  # the prelude froze what came before the program
ours = [f for f in gc.get_objects()
        if type(f).__name__ == 'function' and f.__globals__ == {'__builtins__': {}}]
names = sorted(f.__name__ for f in ours)
print(names)
bad = set()
for f in ours:
    assert f.__closure__ is None and not f.__code__.co_freevars, f
    for i in dis.get_instructions(f):
        if i.opname in ('LOAD_GLOBAL', 'LOAD_NAME', 'STORE_GLOBAL', 'DELETE_GLOBAL',
                        'LOAD_DEREF', 'LOAD_CLOSURE', 'LOAD_CLASSDEREF', 'STORE_NAME'):
            bad.add((f.__name__, i.opname, i.argval))
    for d in f.__defaults__ or ():
        if type(d) in (list, dict, set) and d:
            pass  # counters; checked by name below
print(sorted(bad))
"#;
    let run = run(program);
    run.check(run.code() == Some(0), "program ran");
    let mut lines = run.stdout.lines();
    let names = lines.next().unwrap();
    for name in [
        "_hook", "_event", "_value", "_record", "_where", "_fail", "_finish",
    ] {
        assert!(
            names.contains(&format!("'{name}'")),
            "{name} not found in {names}"
        );
    }
    assert_eq!(lines.next().unwrap(), "[]", "global or closure use");
    // The walk over gc.get_objects() is itself a tamper signal.
    assert!(run
        .telemetry
        .tamper
        .iter()
        .any(|s| s.detail.contains("gc.get_objects")));
}

#[test]
fn globals_left_at_exit_are_finalized_as_plain_python_does() {
    let program = r#"
import atexit
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('finalized', self.name)
first = Noisy('first')
second = Noisy('second')
atexit.register(print, 'atexit first')
print('end of program')
"#;
    let run = same_as_plain(program, &[]);
    run.check(
        run.stdout
            .ends_with("atexit first\nfinalized first\nfinalized second\n"),
        "the globals' __del__ ran at exit, after atexit, in order",
    );
}
