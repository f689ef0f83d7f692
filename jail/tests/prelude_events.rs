//! What the prelude records from a real CPython: the always-logged events
//! with the program's line, writes by mode and by flags, sampling and
//! counting, and a flood of a million events with bounded records.

mod prelude_harness;

use prelude_harness::run;

#[test]
fn popen_is_recorded_with_the_program_line() {
    let program = r#"import subprocess

def launch():
    return subprocess.Popen(['/bin/true'])

launch().wait()
"#;
    let run = run(program);
    run.check(run.code() == Some(0), "ran");
    let popen = run.records("subprocess.Popen");
    run.check(popen.len() == 1, "one Popen record");
    let record = &popen[0];
    assert_eq!(record["tier"], "always");
    assert_eq!(record["cat"], "process");
    assert_eq!(record["line"], 4, "inside launch(), not in subprocess.py");
    assert!(record["file"].as_str().unwrap().ends_with("/main.py"));
    assert_eq!(record["args"][0], "/bin/true");
    assert_eq!(record["args"][1][0], "/bin/true");
    // Importing subprocess pulled in _posixsubprocess (fork_exec, unaudited): always logged.
    let imports = run.records("import");
    assert!(imports
        .iter()
        .any(|r| r["args"][0] == "_posixsubprocess" && r["tier"] == "always" && r["line"] == 1));
    run.check(run.telemetry.tamper.is_empty(), "no tamper signal");
}

#[test]
fn os_system_and_exec_of_a_string_are_recorded() {
    let program = r#"import os
status = os.system('exit 3')
exec("x = 1 + 1")
print(os.waitstatus_to_exitcode(status), x)
"#;
    let run = run(program);
    run.check(run.stdout == "3 2\n", "ran");
    let system = run.records("os.system");
    assert_eq!(system.len(), 1);
    assert_eq!(system[0]["line"], 2);
    assert_eq!(system[0]["args"][0]["bytes"], "exit 3");
    let compile = run.records("compile");
    let source = compile
        .iter()
        .find(|r| r["line"] == 3)
        .expect("compile at line 3");
    assert_eq!(source["args"][0]["bytes"], "x = 1 + 1");
    let kept = run
        .telemetry
        .events
        .iter()
        .find(|e| e.event == "os.system")
        .unwrap();
    assert_eq!(kept.line, Some(2));
    assert_eq!(kept.category, "process");
}

#[test]
fn writes_are_always_logged_whether_by_mode_or_by_flags() {
    let program = r#"import os
open('by-mode', 'w').close()
open('by-mode', 'a').close()
fd = os.open('by-flags', os.O_WRONLY | os.O_CREAT, 0o600)
os.close(fd)
fd = os.open('by-flags', os.O_RDONLY)
os.close(fd)
open('by-mode').read()
os.rename('by-flags', 'renamed')
os.remove('renamed')
out = open(1, 'w', closefd=False)
"#;
    let run = run(program);
    run.check(run.code() == Some(0), "ran");
    let opens = run.records("open");
    let line_of = |path: &str, tier: &str| -> Vec<u64> {
        opens
            .iter()
            .filter(|r| r["args"][0] == path && r["tier"] == tier)
            .map(|r| r["line"].as_u64().unwrap_or(0))
            .collect()
    };
    assert_eq!(line_of("by-mode", "always"), [2, 3]);
    assert_eq!(line_of("by-flags", "always"), [4]);
    // Reads are sampled: recorded, without a line.
    assert_eq!(line_of("by-flags", "sampled"), [0]);
    assert_eq!(line_of("by-mode", "sampled"), [0]);
    for record in opens.iter().filter(|r| r["tier"] == "always") {
        assert_eq!(record["cat"], "filesystem-write");
    }
    assert_eq!(run.records("os.rename")[0]["line"], 9);
    assert_eq!(run.records("os.remove")[0]["cat"], "filesystem-write");
    // A descriptor it holds (its own stdout) is no path written.
    let descriptor: Vec<_> = opens.iter().filter(|r| r["args"][0] == 1).collect();
    assert_eq!(descriptor.len(), 1, "{opens:?}");
    assert_eq!(descriptor[0]["tier"], "sampled");
}

#[test]
fn network_ctypes_and_tampering_calls_are_recorded_with_their_lines() {
    let program = r#"import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.close()
sys.settrace(None)
import ctypes
"#;
    let run = run(program);
    run.check(run.code() == Some(0), "ran");
    assert_eq!(run.records("socket.__new__")[0]["line"], 2);
    assert_eq!(run.records("sys.settrace")[0]["line"], 4);
    let ctypes = run
        .lines
        .iter()
        .filter(|l| l.contains(r#""event":"ctypes.dlopen""#))
        .count();
    assert!(ctypes >= 1, "importing ctypes opens libraries through it");
    let t = &run.telemetry;
    let details: Vec<&str> = t.tamper.iter().map(|s| s.detail.as_str()).collect();
    assert!(
        details.iter().any(|d| d.contains("sys.settrace")),
        "{details:?}"
    );
    assert!(details.iter().any(|d| d.contains("ctypes")), "{details:?}");
    assert!(
        details.iter().any(|d| d.contains("imports _ctypes")),
        "{details:?}"
    );
}

#[test]
fn sampled_events_stop_at_the_budget_and_keep_counting() {
    // os.scandir, which the import system does not call (os.listdir it does, at times of its
    // own choosing on some versions).
    let program = r#"import os
for _ in range(100):
    os.scandir('.').close()
for i in range(40):
    id(i)
"#;
    let run = run(program);
    let t = &run.telemetry;
    run.check(t.complete, "complete");
    let policy = jail::prelude::default_policy();
    assert_eq!(
        run.records("os.scandir").len(),
        policy.sample_first as usize
    );
    assert!(run
        .records("os.scandir")
        .iter()
        .all(|r| r.get("line").is_none()));
    assert_eq!(t.counts["os.scandir"], 100);
    assert!(run.records("builtins.id").is_empty(), "count-only");
    assert_eq!(t.counts["builtins.id"], 40);
}

#[test]
fn counts_past_the_budget_stay_exact_over_many_runs_of_the_counters() {
    // Past its sample budget a name is counted in runs of 1024 events:
    // read-only opens (settled by the hook's fast path by their arguments)
    // and count-only ids, over several runs each.
    let program = |n: u32| format!("for i in range({n}):\n    open(__file__).close()\n    id(i)\n");
    let many = run(&program(5_020));
    // The first open() may import a codec (and open its file).
    let few = run(&program(20));
    let opens = |run: &prelude_harness::Run| run.telemetry.counts["open"];
    assert_eq!(opens(&many) - opens(&few), 5_000, "every open counted");
    assert_eq!(many.telemetry.counts["builtins.id"], 5_020);
    many.check(
        many.telemetry.complete && many.telemetry.tamper.is_empty(),
        "complete, no tamper",
    );
}

#[test]
fn a_million_events_complete_with_bounded_records_and_exact_counts() {
    let program = r#"import os, sys
pid = os.getpid()
for i in range(1_000_000):
    id(i)
for i in range(100_000):
    sys.audit('flood.sampled', i)
for i in range(5_000):
    os.kill(pid, 0)
print('done')
"#;
    let run = run(program);
    run.check(run.stdout == "done\n", "the flood completes");
    let t = &run.telemetry;
    assert_eq!(t.counts["builtins.id"], 1_000_000);
    assert_eq!(t.counts["flood.sampled"], 100_000);
    assert_eq!(t.counts["os.kill"], 5_000);
    let policy = jail::prelude::default_policy();
    assert_eq!(
        run.records("flood.sampled").len(),
        policy.sample_first as usize
    );
    // Every kill is a record, or counted as lost when the pipe was full (the
    // lost count also covers `dropped` records that were lost themselves).
    let kills = run.records("os.kill");
    assert!(kills.len() <= 5_000);
    assert!(kills.len() as u64 + t.lost.by_prelude >= 5_000);
    assert_eq!(t.lost.unexplained, 0);
    assert!(kills.iter().all(|r| r["line"] == 8));
    assert!(run.lines.len() < 6_000, "{} lines", run.lines.len());
    assert!(t.events.len() <= jail::telemetry::Limits::default().max_events);
    assert!(t.end.is_some());
    let unexpected: Vec<_> = t
        .tamper
        .iter()
        .filter(|s| s.kind != jail::telemetry::TamperKind::SeqGap || t.lost.by_prelude == 0)
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:?}");
}

#[test]
fn forked_children_report_as_themselves() {
    let program = r#"import os
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 0)
    os._exit(0)
os.waitpid(pid, 0)
os.kill(os.getpid(), 0)
"#;
    let run = run(program);
    run.check(run.code() == Some(0), "ran");
    let forks = run.records_of_kind("fork");
    assert_eq!(forks.len(), 1);
    let child = forks[0]["pid"].as_u64().unwrap();
    let kills = run.records("os.kill");
    assert!(kills
        .iter()
        .any(|r| r["pid"].as_u64() == Some(child) && r["line"] == 4));
    assert!(kills
        .iter()
        .any(|r| r["pid"].as_u64() != Some(child) && r["line"] == 7));
    assert_eq!(run.records("os.fork")[0]["line"], 2);
    run.check(run.telemetry.tamper.is_empty(), "a fork is not tampering");
}

#[test]
fn arguments_are_capped_and_every_record_fits_one_pipe_write() {
    let program = r#"import sys
def f():
    pass
sys.audit('caps.values', 'x' * 1000, list(range(100)), [[[1, 2]]], {i: i for i in range(50)},
          b'\x00\xff' * 500, 10 ** 100, float('nan'), -5, 2.5, None, True, (1,), {1, 2}, f,
          f.__code__, int, object())
sys.audit('caps.escapes', '"\\\n\t\x01\u2028\ud800é')
sys.audit('caps.huge', *(['\x01' * 256] * 16))
sys.audit('caps.huger', *([['\x01' * 256] * 16] * 16))
"#;
    let run = run(program);
    run.check(
        run.code() == Some(0) && run.telemetry.complete,
        "ran, complete",
    );
    for line in &run.lines {
        assert!(line.len() < 4096, "{} bytes: {}", line.len(), &line[..200]);
    }
    let values = &run.records("caps.values")[0]["args"];
    assert_eq!(values[0]["len"], 1000);
    assert_eq!(values[0]["str"].as_str().unwrap().len(), 256);
    assert_eq!(values[1]["len"], 100);
    assert_eq!(values[1]["list"].as_array().unwrap().len(), 16);
    assert_eq!(values[2], serde_json::json!([{"type": "list", "len": 1}]));
    assert_eq!(values[3]["len"], 50);
    assert_eq!(values[3]["keys"].as_array().unwrap().len(), 16);
    assert_eq!(values[4]["len"], 1000);
    assert_eq!(values[5]["int_bits"], 333);
    assert_eq!(values[6], serde_json::json!({"float": "nan"}));
    assert_eq!(values[7], -5);
    assert_eq!(values[8], 2.5);
    assert_eq!(values[9], serde_json::Value::Null);
    assert_eq!(values[10], true);
    assert_eq!(values[11], serde_json::json!([1]));
    assert_eq!(values[12], serde_json::json!([1, 2]));
    assert_eq!(values[13], serde_json::json!({"function": "f"}));
    assert_eq!(values[14]["code"], "f");
    assert_eq!(values[14]["line"], 2);
    assert_eq!(values[15], serde_json::json!({"class": "int"}));
    assert_eq!(values.as_array().unwrap().len(), 16, "at most 16 arguments");
    // Escapes: JSON-safe; a lone surrogate cannot be encoded and becomes '?'.
    assert_eq!(
        run.records("caps.escapes")[0]["args"][0],
        "\"\\\n\t\u{1}\u{2028}?é"
    );
    // Too long with the normal caps: tight caps; too long even then: no arguments.
    let huge = &run.records("caps.huge")[0]["args"];
    assert_eq!(huge[0]["len"], 256, "{huge}");
    assert_eq!(huge[0]["str"].as_str().unwrap().len(), 32);
    let huger = &run.records("caps.huger")[0];
    assert_eq!(
        huger["args"][0],
        serde_json::json!({"type": "list", "len": 16})
    );
}

#[test]
fn module_loading_is_sampled_but_the_programs_own_unmarshal_is_not() {
    let program = r#"import json, collections
import marshal
marshal.loads(marshal.dumps(compile('1', 'x', 'eval')))
"#;
    let run = run(program);
    run.check(run.code() == Some(0), "ran");
    let loads = run.records("marshal.loads");
    let (imports, direct): (Vec<_>, Vec<_>) = loads.iter().partition(|r| r["via"] == "import");
    run.check(
        !imports.is_empty(),
        "importing json unmarshals cached bytecode",
    );
    assert!(imports
        .iter()
        .all(|r| r["tier"] == "sampled" && r["cat"] == "import"));
    assert_eq!(direct.len(), 1, "the program's own marshal.loads");
    assert_eq!(direct[0]["tier"], "always");
    assert_eq!(direct[0]["line"], 3);
}

/// Who raised an event is decided at the nearest frame of the program's code,
/// which is any code not installed with the interpreter: a module the program
/// wrote is its own while being imported; an installed module's loading is the
/// import's; with no Python frame left (a function atexit calls from C), the
/// interpreter's. A module's class set to a ModuleType subclass is not promoted.
#[test]
fn events_are_attributed_to_the_nearest_frame_of_the_programs_code() {
    let program = r#"import atexit, sys, types
open('helper.py', 'w').write("import os\nos.system('exit 0')\nexec('y = ' + '2')\n")
import helper
import json
class Verbose(types.ModuleType):
    pass
sys.modules[__name__].__class__ = Verbose
atexit.register(compile, '1', 'at-exit', 'eval')
"#;
    let run = run(program);
    run.check(run.code() == Some(0), "ran");
    let system = run.records("os.system");
    assert_eq!(system.len(), 1);
    assert_eq!(system[0]["line"], 3, "{}", system[0]);
    assert!(system[0].get("via").is_none(), "{}", system[0]);
    let compile = run.records("compile");
    let helpers = compile
        .iter()
        .find(|r| r["args"][0]["bytes"] == "y = 2")
        .expect("the helper's exec");
    assert_eq!(helpers["tier"], "always", "{helpers}");
    assert!(helpers.get("via").is_none(), "{helpers}");
    let at_exit = compile
        .iter()
        .find(|r| r["args"][1] == "at-exit")
        .expect("the compile atexit ran");
    assert_eq!(at_exit["via"], "interpreter", "{at_exit}");
    assert!(run
        .records("marshal.loads")
        .iter()
        .any(|r| r["via"] == "import"));
    let class_set = run
        .records("object.__setattr__")
        .into_iter()
        .find(|r| r["args"][1] == "__class__")
        .expect("the module's class set");
    assert_eq!(class_set["tier"], "sampled", "{class_set}");
}

/// Past its sample budget a path event is still a record, with the program's line, when its
/// path lies outside the places ordinary code reads; reads of those places are only counted.
/// The program's directory is in /tmp here, one of them, as /work is in the jail.
#[test]
fn unusual_paths_are_records_past_the_sample_budget() {
    let program = r#"import glob, os, pathlib
for _ in range(20):
    open(__file__).read()
for path in ('/etc/shadow', '/proc/1/environ', '/root/.ssh/id_rsa', b'/etc/sudoers',
             '/proc/self/mem', '/usr/lib/../../etc/gshadow', '.bashrc', '../../etc/group'):
    try:
        open(path).read()
    except OSError:
        pass
pathlib.Path('/etc/hostname').exists() or pathlib.Path('/etc/shadow').exists()
for _ in range(20):
    os.listdir('.')
    os.scandir('./').close()
    glob.glob('*.py')
    os.listdir('/usr/lib')
try:
    os.listdir('/root')
except OSError:
    pass
glob.glob('/etc/ssh/*')
try:
    os.close(os.open('/etc/passwd', os.O_RDONLY))
except OSError:
    pass
os.chdir('/etc')
os.listdir('.')
os.chdir(os.path.dirname(__file__))
try:
    open('passwd').read()
except OSError:
    pass
class Sneaky(str):
    def startswith(self, *args):
        raise AssertionError('the hook ran a method of the program')
    __contains__ = __getitem__ = __eq__ = __hash__ = startswith
for path in (Sneaky('/etc/shadow'), Sneaky(__file__)):
    try:
        open(path).read()
    except OSError:
        pass
"#;
    let run = run(program);
    run.check(run.code() == Some(0), "ran");
    let unusual: Vec<serde_json::Value> = run
        .lines
        .iter()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|r| r["unusual"] == true)
        .collect();
    let named = |event: &str, path: &serde_json::Value| {
        unusual
            .iter()
            .find(|r| r["event"] == event && &r["args"][0] == path)
            .cloned()
    };
    for (event, path, line) in [
        ("open", serde_json::json!("/etc/shadow"), 7),
        ("open", serde_json::json!("/proc/1/environ"), 7),
        ("open", serde_json::json!("/root/.ssh/id_rsa"), 7),
        (
            "open",
            serde_json::json!({"bytes": "/etc/sudoers", "len": 12}),
            7,
        ),
        ("open", serde_json::json!("/proc/self/mem"), 7),
        ("open", serde_json::json!("/usr/lib/../../etc/gshadow"), 7),
        ("open", serde_json::json!(".bashrc"), 7),
        ("open", serde_json::json!("../../etc/group"), 7),
        ("os.listdir", serde_json::json!("/root"), 17),
        ("glob.glob", serde_json::json!("/etc/ssh/*"), 20),
        ("open", serde_json::json!("/etc/passwd"), 22),
        ("os.chdir", serde_json::json!("/etc"), 25),
        ("os.listdir", serde_json::json!("."), 26),
        // Relative, after the working directory left the ordinary places.
        ("open", serde_json::json!("passwd"), 29),
        // A str subclass, judged by a copy of its text.
        ("open", serde_json::json!({"type": "Sneaky"}), 38),
    ] {
        let record = named(event, &path);
        run.check(record.is_some(), &format!("no record of {event} {path}"));
        let record = record.unwrap();
        assert_eq!(record["tier"], "sampled", "{record}");
        assert_eq!(record["line"], line, "{record}");
    }
    // The ordinary reads, past their budget: counted, never records of their own.
    for event in ["os.scandir", "glob.glob", "os.listdir"] {
        let ordinary_line =
            |r: &&serde_json::Value| (3..=15).contains(&r["line"].as_u64().unwrap_or(0));
        assert!(
            !unusual
                .iter()
                .any(|r| r["event"] == event && ordinary_line(&r)),
            "{event}"
        );
        assert!(run.records(event).len() <= 16 + 4, "{event}: sampled");
    }
    assert!(
        !unusual.iter().any(|r| r["args"][0] == "/etc/hostname"),
        "a file the jail provides"
    );
    let sneaky = unusual
        .iter()
        .filter(|r| r["args"][0]["type"] == "Sneaky")
        .count();
    assert_eq!(sneaky, 1, "only the subclass naming /etc/shadow");
    assert!(
        run.records("open").len() < 16 + 20,
        "ordinary opens are sampled"
    );
    let t = &run.telemetry;
    run.check(t.complete && t.tamper.is_empty(), "complete, no tamper");
    assert_eq!(t.end.as_ref().unwrap().unusual_unrecorded, 0);
    assert!(t.events.iter().any(|e| e.unusual && e.event == "open"));
}

/// Unusual paths have a budget of records of their own: a flood of harmless ones uses it up,
/// and then the prelude says so at once (in case it never writes `end`), counts the rest in
/// `end`, and the telemetry is incomplete, so the attempt after the flood is not silently gone.
#[test]
fn a_flood_of_unusual_paths_uses_its_budget_up_and_says_so() {
    let program = r#"import os
for i in range(1000):
    try:
        open('/nonexistent/%d' % i)
    except OSError:
        pass
try:
    open('/etc/shadow')
except OSError:
    pass
"#;
    let run = run(program);
    run.check(run.code() == Some(0), "ran");
    let policy = jail::prelude::default_policy();
    let budget = policy.paths.unusual_first as usize;
    let unusual = run
        .records("open")
        .into_iter()
        .filter(|r| r["unusual"] == true)
        .count();
    assert_eq!(unusual, budget);
    let past = run.records_of_kind("unusual_past_budget");
    assert_eq!(past.len(), 1, "said once");
    assert_eq!(past[0]["budget"], budget);
    let t = &run.telemetry;
    assert_eq!(
        t.end.as_ref().unwrap().unusual_unrecorded,
        (1001 - budget) as u64
    );
    assert!(!t.complete);
    assert!(
        run.kinds() == [jail::telemetry::TamperKind::UnusualPastBudget],
        "{:?}",
        t.tamper
    );
    assert!(t.counts["open"] >= 1001);
}

/// A fork child has budgets of its own, and its parent's working directory.
#[test]
fn a_fork_child_has_its_own_budget_of_unusual_paths() {
    let program = r#"import os
os.chdir('/etc')
for i in range(40):
    os.listdir('/')
pid = os.fork()
if pid == 0:
    for i in range(40):
        os.listdir('/')
    os.listdir('.')
    os._exit(0)
os.waitpid(pid, 0)
"#;
    let run = run(program);
    run.check(run.code() == Some(0), "ran");
    let child = run.records_of_kind("fork")[0]["pid"].clone();
    let listings = run.records("os.listdir");
    let of = |child_side: bool| {
        listings
            .iter()
            .filter(|r| r["unusual"] == true && (r["pid"] == child) == child_side)
            .count()
    };
    assert_eq!(of(false), 40);
    assert_eq!(of(true), 41);
    run.check(run.telemetry.tamper.is_empty(), "within budget");
}
