//! Programs that attack the telemetry, run with the real CPython: hostile
//! argument objects, forged event names, the gc-based hook rewrite, signal
//! handlers that run inside the hook, a closed or redirected telemetry fd,
//! forged records. The prelude must never run the program's methods, never
//! crash the program, and the parser must report each attack.

mod prelude_harness;

use jail::telemetry::TamperKind;
use prelude_harness::run;

/// Objects whose every hook into Python notes that it ran, once `armed`.
const HOSTILE: &str = r#"
import sys, os
ran = []
armed = [False]
def note(what):
    if armed[0]:
        ran.append(what)

class Meta(type):
    def __getattribute__(cls, name):
        note('meta.getattribute ' + name)
        return type.__getattribute__(cls, name)
    def __hash__(cls):
        note('meta.hash'); return 1
    def __eq__(cls, other):
        note('meta.eq'); return False
    def __repr__(cls):
        note('meta.repr'); return 'M'
    def __instancecheck__(cls, obj):
        note('meta.instancecheck'); return False
    def __subclasscheck__(cls, sub):
        note('meta.subclasscheck'); return False
    @property
    def __flags__(cls):
        note('meta.flags'); return 0

def trap(name):
    def method(self, *args, **kwargs):
        note(name)
        return NotImplemented if name in ('eq', 'ne') else 'x'
    return method

class EvilStr(str, metaclass=Meta):
    pass
for name in ('eq', 'ne', 'hash', 'str', 'repr', 'len', 'getitem', 'iter', 'contains',
             'format', 'mod', 'add', 'radd', 'bool', 'getattribute', 'lt', 'bytes',
             'fspath', 'index', 'reduce'):
    setattr(EvilStr, '__%s__' % name, trap('str.' + name))
EvilStr.__hash__ = lambda self: note('str.hash') or 0
EvilStr.__len__ = lambda self: note('str.len') or 1
EvilStr.startswith = trap('str.startswith')
EvilStr.translate = trap('str.translate')
EvilStr.encode = trap('str.encode')

class EvilInt(int):
    __repr__ = trap('int.repr'); __index__ = trap('int.index'); __and__ = trap('int.and')
    __eq__ = trap('int.eq'); __hash__ = lambda self: note('int.hash') or 0

class Evil(metaclass=Meta):
    __repr__ = trap('obj.repr'); __str__ = trap('obj.str'); __eq__ = trap('obj.eq')
    __getattr__ = trap('obj.getattr'); __len__ = trap('obj.len'); __iter__ = trap('obj.iter')
    @property
    def __class__(self):
        note('obj.class'); return str
    __hash__ = lambda self: note('obj.hash') or 0

class EvilList(list):
    __iter__ = trap('list.iter'); __len__ = trap('list.len'); __getitem__ = trap('list.getitem')

class EvilDict(dict):
    keys = trap('dict.keys'); __iter__ = trap('dict.iter'); __len__ = trap('dict.len')

def f():
    pass
f.__qualname__ = EvilStr('qualname')
code = f.__code__.replace(co_name=EvilStr('co_name'), co_filename=EvilStr('co_filename'))
class Named:
    pass
Named.__name__ = EvilStr('Named')
evil, name = Evil(), EvilStr('os.system')
"#;

#[test]
fn hostile_arguments_and_names_never_run_program_code() {
    let program = format!(
        "{HOSTILE}\n{}",
        r#"
armed[0] = True
try:
    open(EvilStr('no-such-file'), EvilStr('w'))
except OSError:
    pass
sys.audit('x.args', evil, EvilStr('s'), EvilInt(7), [evil, EvilStr('t'), {evil: 1}],
          {EvilStr('k'): evil}, EvilList([1]), EvilDict(a=1), Evil, f, code, Named)
sys.audit('open', EvilStr('p'), EvilStr('w'), EvilInt(1))
sys.audit(name, EvilStr('rm -rf /'))
sys.audit(EvilStr('x' * 1000), evil)
exec(code)
Named.__qualname__ = 'Renamed'
armed[0] = False
print('ran:', ran)
"#
    );
    // CPython itself calls a few of them (open() reads the path's __index__
    // and the mode's __repr__, {evil: 1} hashes): the hook must add none.
    let (_, plain_stdout, _) = prelude_harness::plain(&program, &[]);
    assert!(plain_stdout.starts_with("ran: ["), "{plain_stdout}");
    let run = run(&program);
    run.check(
        run.stdout == plain_stdout,
        "the hook ran no method of the program",
    );
    assert_eq!(run.stderr, "");
    let args = &run.records("x.args")[0]["args"];
    assert_eq!(args[0], serde_json::json!({"type": "Evil"}));
    assert_eq!(args[1], serde_json::json!({"type": "EvilStr"}));
    assert_eq!(args[2], serde_json::json!({"type": "EvilInt"}));
    assert_eq!(args[3][1], serde_json::json!({"type": "EvilStr"}));
    assert_eq!(args[3][2], serde_json::json!({"type": "dict", "len": 1}));
    assert_eq!(args[4]["keys"][0], serde_json::json!({"type": "EvilStr"}));
    assert_eq!(args[5], serde_json::json!({"type": "EvilList"}));
    assert_eq!(args[7], serde_json::json!({"class": "Evil"}));
    assert_eq!(
        args[8],
        serde_json::json!({"function": {"type": "EvilStr"}})
    );
    assert_eq!(args[9]["code"], serde_json::json!({"type": "EvilStr"}));
    assert_eq!(args[10], serde_json::json!({"class": {"type": "EvilStr"}}));
    // The real open(..., EvilStr('w')) writes (CPython computed its flags);
    // sys.audit('open', ...) with a hostile mode and flags is not promoted.
    let opens = run.records("open");
    assert!(opens
        .iter()
        .any(|r| r["tier"] == "always" && r["args"][0] == serde_json::json!({"type": "EvilStr"})));
    let forged_open = opens
        .iter()
        .find(|r| r["args"][2] == serde_json::json!({"type": "EvilInt"}))
        .unwrap();
    assert_eq!(forged_open["tier"], "sampled");
    // CPython 3.11 rebuilds the name of sys.audit(EvilStr(...)) as an exact
    // str: the forgery is indistinguishable from the real event (a blind
    // spot), and the hook read the name without running EvilStr's methods.
    let system = run.records("os.system");
    assert_eq!(system.len(), 1);
    assert_eq!(system[0]["args"][0], serde_json::json!({"type": "EvilStr"}));
    assert!(system[0].get("forged").is_none());
    run.check(run.telemetry.end.is_some(), "end record");
}

#[test]
fn past_its_budget_open_reads_only_identities_of_its_arguments() {
    // The fast path settles read-only opens by the arguments' identity; a
    // forged open with hostile or too few arguments runs nothing and breaks
    // nothing, and is counted.
    let program = |forged: &str| {
        format!(
            "{HOSTILE}\nfor i in range(20):\n    open(__file__).close()\narmed[0] = True\n\
             {forged}armed[0] = False\nprint('ran:', ran)\n"
        )
    };
    let forged = "sys.audit('open', EvilStr('p'), EvilStr('r'), EvilInt(1))
sys.audit('open', evil, chr(114), EvilInt(1))
sys.audit('open', evil, EvilStr('w'))
sys.audit('open')
";
    let run = run(&program(forged));
    run.check(run.stdout == "ran: []\n", "no method of the program ran");
    let t = &run.telemetry;
    run.check(t.complete && t.end.is_some(), "complete");
    assert!(run.records_of_kind("hook_error").is_empty());
    let without = prelude_harness::run(&program(""));
    assert_eq!(
        t.counts["open"],
        without.telemetry.counts["open"] + 4,
        "every open counted"
    );
}

#[test]
fn where_names_may_be_str_subclasses_the_checked_hook_runs_none_of_their_methods() {
    // CPython 3.8-3.14 build every event name as a new exact str, and the
    // prelude installs _hook; on others it installs _checked, forced here.
    let source = jail::prelude::source().replace(
        "_EXACT_NAMES = sys.implementation.name == 'cpython' and",
        "_EXACT_NAMES = False and",
    );
    assert_ne!(source, jail::prelude::source());
    let program = format!(
        "{HOSTILE}\n{}",
        r#"
import gc
gc.unfreeze()  # the prelude froze what came before the program
hook = next(f for f in gc.get_objects()
            if type(f).__name__ == 'function' and f.__name__ == '_checked')
armed[0] = True
hook(name, ('rm -rf /',))
armed[0] = False
os.system('true')
print('ran:', ran)
"#
    );
    let run = prelude_harness::run_with(
        &program,
        prelude_harness::Options {
            prelude: source.into_bytes(),
            ..prelude_harness::Options::default()
        },
    );
    run.check(
        run.stdout == "ran: []\n",
        "no method of the str subclass ran",
    );
    let system = run.records("os.system");
    assert_eq!(system.len(), 2, "{system:?}");
    assert_eq!(system[0]["forged"], "EvilStr");
    assert_eq!(system[0]["cat"], "forged");
    assert_eq!(system[0]["args"][0], "rm -rf /");
    assert!(system[1].get("forged").is_none());
    assert_eq!(system[1]["cat"], "process");
    run.check(run.telemetry.end.is_some(), "end record");
}

/// What exists before the program (the interpreter's start and the prelude) is frozen out
/// of the collector's generations: a walk of `gc.get_objects()` does not meet the hook
/// unless the program unfreezes first (which the tests above do, as an attacker would).
#[test]
fn the_heap_walk_does_not_meet_the_hook_without_an_unfreeze() {
    let program = r#"
import gc
def hooks():
    return [f for f in gc.get_objects()
            if type(f).__name__ == 'function' and f.__name__ in ('_hook', '_checked')]
print(gc.get_freeze_count() > 0, len(hooks()))
gc.unfreeze()
print(len(hooks()) > 0)
"#;
    let run = run(program);
    run.check(run.stdout == "True 0\nTrue\n", "frozen, then found");
}

#[test]
fn the_gc_rewrite_of_the_hooks_defaults_is_reported() {
    // Finds the hook through the object graph and empties what it logs.
    let program = r#"
import gc, os
gc.unfreeze()  # the prelude froze what came before the program
hook = next(f for f in gc.get_objects()
            if type(f).__name__ == 'function' and f.__name__ == '_hook')
code = hook.__code__
names = code.co_varnames[code.co_argcount - len(hook.__defaults__):code.co_argcount]
defaults = dict(zip(names, hook.__defaults__))
# Everything past the fast path: what may become a record.
defaults['_rest'] = lambda event, args, past: None
hook.__defaults__ = tuple(defaults[n] for n in names)
os.system('true')
print('rewritten')
"#;
    let run = run(program);
    run.check(run.stdout == "rewritten\n", "program ran");
    assert!(
        run.records("os.system").is_empty(),
        "the rewrite did silence later events"
    );
    let details: Vec<&str> = run
        .telemetry
        .tamper
        .iter()
        .filter(|s| s.kind == TamperKind::TamperEvent)
        .map(|s| s.detail.as_str())
        .collect();
    assert!(
        details.iter().any(|d| d.contains("gc.get_objects")),
        "{details:?}"
    );
    assert!(
        details
            .iter()
            .any(|d| d.contains("sets __defaults__ of function _hook")),
        "{details:?}"
    );
    // The rewrite was logged by the intact hook, with the program's line.
    let rewrite = run.records("object.__setattr__");
    assert!(rewrite
        .iter()
        .any(|r| r["args"][1] == "__defaults__" && r["line"] == 11));
    assert!(!run.telemetry.complete);
}

#[test]
fn replacing_the_hooks_code_silences_it_and_loses_the_end() {
    let program = r#"
import gc, os
gc.unfreeze()  # the prelude froze what came before the program
for f in gc.get_objects():
    if type(f).__name__ == 'function' and f.__name__ == '_hook':
        f.__code__ = (lambda event, args: None).__code__
os.system('true')
"#;
    let run = run(program);
    run.check(run.code() == Some(0), "program ran");
    assert!(run.records("os.system").is_empty());
    let kinds = run.kinds();
    assert!(kinds.contains(&TamperKind::TamperEvent), "{kinds:?}");
    assert!(kinds.contains(&TamperKind::NoEnd), "{kinds:?}");
}

#[test]
fn mutating_the_hooks_counters_through_its_defaults_shows_in_the_counts() {
    let program = r#"
import gc, os
for i in range(3):
    os.kill(os.getpid(), 0)
gc.unfreeze()  # the prelude froze what came before the program
hook = next(f for f in gc.get_objects()
            if type(f).__name__ == 'function' and f.__name__ == '_hook')
rest = next(f for f in hook.__defaults__ if getattr(f, '__name__', '') == '_rest')
for value in rest.__defaults__:
    if type(value) is dict:
        value.clear()
"#;
    let run = run(program);
    run.check(run.code() == Some(0), "program ran");
    let kinds = run.kinds();
    assert!(kinds.contains(&TamperKind::CountMismatch), "{kinds:?}");
    assert!(kinds.contains(&TamperKind::TamperEvent), "{kinds:?}");
}

/// A pickle whose loading spends milliseconds in C before it looks up a
/// global: a timer that expires meanwhile runs its Python handler at the
/// first bytecode after, which is the audit hook's (pickle.find_class).
const SLOW_PICKLE: &str = r#"
import pickle, signal
slow = b'\x80\x02]q\x00(' + b'K\x01' * 3_000_000 + b'e0cbuiltins\nlen\nq\x01.'
def load_with_timer(handler):
    signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, 0.002)
    try:
        return pickle.loads(slow)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
"#;

#[test]
fn a_signal_handler_inside_the_hook_that_tampers_is_detected() {
    let program = format!(
        "{SLOW_PICKLE}\n{}",
        r#"
import os
os.kill(os.getpid(), 0)
caught = []
def handler(signum, frame):
    caught.append(frame.f_code.co_name)
    state = frame.f_locals
    if '_rest' in state:
        for value in state['_rest'].__defaults__:
            if type(value) is dict:
                value.clear()
print(load_with_timer(handler) is len, caught)
"#
    );
    let run = run(&program);
    run.check(
        run.stdout == "True ['_hook']\n",
        "the handler ran inside the hook",
    );
    assert_eq!(run.stderr, "");
    // The event the handler interrupted is still recorded, with its line.
    let find_class = run.records("pickle.find_class");
    assert_eq!(find_class.len(), 1);
    assert_eq!(find_class[0]["line"], 8);
    let kinds = run.kinds();
    assert!(kinds.contains(&TamperKind::CountMismatch), "{kinds:?}");
    run.check(run.telemetry.end.is_some(), "end record");
}

#[test]
fn a_signal_handler_that_raises_inside_the_hook_is_the_programs_own_exception() {
    let program = format!(
        "{SLOW_PICKLE}\n{}",
        r#"
class Boom(Exception):
    pass
def handler(signum, frame):
    raise Boom(frame.f_code.co_name)
try:
    load_with_timer(handler)
except Boom as e:
    print('caught', e)
"#
    );
    let run = run(&program);
    run.check(
        run.stdout == "caught _hook\n",
        "the audited call raised Boom",
    );
    assert_eq!(run.stderr, "");
    run.check(run.telemetry.end.is_some(), "the hook works on");
}

#[test]
fn a_storm_of_signals_during_events_never_crashes_the_program() {
    // The handler notes where it landed, and raises only while the loop is
    // inside its `try` (so a crash could only come from the hook).
    let program = r#"
import os, signal, sys, time
class Boom(Exception):
    pass
armed = [False]
landed = {}
HELPERS = ('_event', '_record', '_where', '_value', '_args', '_put', '_text', '_category')
def handler(signum, frame):
    name = frame.f_code.co_name
    if name == '_hook' or name in HELPERS:
        landed[name] = landed.get(name, 0) + 1
    if name in HELPERS:
        sys.audit('handler.inside')
    if armed[0]:
        armed[0] = False
        raise Boom()
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.0002, 0.0002)
booms = done = 0
deadline = time.monotonic() + 0.5
while time.monotonic() < deadline:
    try:
        armed[0] = True
        for i in range(200):
            id(i)
            os.listdir('.')
            done += 1
        armed[0] = False
    except Boom:
        booms += 1
signal.setitimer(signal.ITIMER_REAL, 0)
print('ok', booms > 0, done > 0)
print(sum(n for k, n in landed.items() if k != '_hook'))
"#;
    let run = run(program);
    let mut lines = run.stdout.lines();
    run.check(
        lines.next() == Some("ok True True"),
        "the loop survived the signals",
    );
    assert_eq!(run.stderr, "");
    let t = &run.telemetry;
    run.check(t.end.is_some(), "end record");
    // Exceptions that arrived inside the hook are reported as such, never as its own errors.
    assert!(
        t.tamper.iter().all(|s| s.kind != TamperKind::HookError),
        "{:?}",
        t.tamper
    );
    // A handler that ran while the hook was writing a record raised an
    // audit event there: reported as a nested event.
    let in_helpers: u64 = lines.next().unwrap().parse().unwrap();
    if in_helpers > 0 {
        run.check(
            run.kinds().contains(&TamperKind::NestedEvent),
            "handler landings inside the hook's helpers are nested events",
        );
    }
}

#[test]
fn closing_the_telemetry_fd_is_a_signal_never_a_crash() {
    let program = r#"
import os
try:
    os.close(3)
except OSError as e:
    print('fd 3 is free:', e.errno)
os.closerange(3, 65536)
with open('out.txt', 'w') as f:
    f.write('mine\n')
os.system('true')
print(open('out.txt').read(), end='')
"#;
    let run = run(program);
    assert_eq!(run.code(), Some(0));
    assert_eq!(run.stdout, "fd 3 is free: 9\nmine\n");
    assert_eq!(run.stderr, "", "the prelude stays quiet");
    let t = &run.telemetry;
    assert!(t.end.is_none());
    let no_end = t
        .tamper
        .iter()
        .find(|s| s.kind == TamperKind::NoEnd)
        .unwrap();
    assert!(no_end.detail.contains("fd was closed"), "{}", no_end.detail);
}

#[test]
fn redirecting_the_telemetry_fd_is_a_signal() {
    let program = r#"
import os
fds = [int(fd) for fd in os.listdir('/proc/self/fd')]
null = os.open('/dev/null', os.O_WRONLY)
for fd in fds:
    if fd > 2:
        try:
            os.dup2(null, fd)
        except OSError:
            pass
os.system('true')
"#;
    let run = run(program);
    assert_eq!(run.code(), Some(0));
    assert_eq!(run.stderr, "");
    assert!(run.records("os.system").is_empty());
    assert!(run.kinds().contains(&TamperKind::NoEnd));
}

#[test]
fn records_forged_on_the_telemetry_fd_are_out_of_place() {
    let program = r#"
import os
fd = max(int(fd) for fd in os.listdir('/proc/self/fd'))
fake = '{"v":1,"seq":2,"pid":%d,"tid":1,"t":1,"kind":"end","names":0,"events":0,"other_events":0,"lost":0,"hook_errors":0}\n'
os.write(fd, (fake % os.getpid()).encode())
os.write(fd, b'not even json\n')
os.system('true')
"#;
    let run = run(program);
    assert_eq!(run.code(), Some(0));
    let kinds = run.kinds();
    assert!(kinds.contains(&TamperKind::SeqDuplicate), "{kinds:?}");
    assert!(kinds.contains(&TamperKind::OutOfPlace), "{kinds:?}");
    assert!(kinds.contains(&TamperKind::InvalidLine), "{kinds:?}");
}

#[test]
fn the_documented_blind_spots_are_still_blind() {
    // README, "Telemetry (advisory)": if CPython starts auditing these, the
    // README and the tamper rules should say so.
    let program = r#"
import ctypes, os, sys, _posixsubprocess
libc = ctypes.CDLL(None)
libc.getpid()
r, w = os.pipe()
# fork_exec's arguments after call_setsid, by version: process group (3.11+), ids and
# umask (3.9+), preexec_fn, vfork allowed (3.11+).
tail = ((-1, None, None, None, -1, None, False) if sys.version_info >= (3, 11)
        else (None, None, None, -1, None) if sys.version_info >= (3, 9) else (None,))
pid = _posixsubprocess.fork_exec(
    ["/bin/true"], [b"/bin/true"], True, (), None, None, -1, -1, -1, -1, -1, -1, r, w,
    True, False, *tail)
os.waitpid(pid, 0)
"#;
    let run = run(program);
    run.check(run.code() == Some(0), "ran");
    let events: Vec<String> = run
        .lines
        .iter()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|r| r["kind"] == "event" && r["line"].as_u64() >= Some(4))
        .map(|r| r["event"].as_str().unwrap_or("").to_string())
        .collect();
    // getpid() through ctypes (line 4) and fork_exec (lines 6-12): nothing but the loading
    // of modules (CPython 3.10's fork_exec imports some of its own).
    let loading = [
        "import",
        "open",
        "marshal.loads",
        "exec",
        "compile",
        "object.__setattr__",
    ];
    assert!(
        events
            .iter()
            .all(|e| e == "ctypes.dlsym" || loading.contains(&e.as_str())),
        "new events: {events:?}"
    );
    assert!(run.records("ctypes.dlopen").iter().any(|r| r["line"] == 3));
    assert!(run
        .records("import")
        .iter()
        .any(|r| r["args"][0] == "_posixsubprocess" && r["tier"] == "always"));
}

#[test]
fn the_hooks_own_failures_are_recorded_and_swallowed() {
    // At the recursion limit the hook's helpers cannot run: its own
    // RecursionError is recorded (interrupted: false) and the audited call
    // goes ahead, as it would without a hook.
    let program = r#"
import os, sys
pid = os.getpid()
def deep(n):
    if n == 0:
        os.kill(pid, 0)
        return True
    return deep(n - 1)
sys.setrecursionlimit(100)
done = []
for depth in range(60, 100):
    try:
        done.append(deep(depth))
    except RecursionError:
        pass
sys.setrecursionlimit(1000)
print(len(done) > 30)
"#;
    let run = run(program);
    run.check(
        run.stdout == "True\n" && run.stderr.is_empty(),
        "the program went on",
    );
    let errors = run.records_of_kind("hook_error");
    run.check(
        errors
            .iter()
            .any(|e| e["error"] == "RecursionError" && e["interrupted"] == false),
        "own RecursionError recorded",
    );
    let kinds = run.kinds();
    assert!(kinds.contains(&TamperKind::HookError), "{kinds:?}");
    assert!(!kinds.contains(&TamperKind::HookInterrupted), "{kinds:?}");
}
