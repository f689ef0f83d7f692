//! Every rule fires on an example of what it is for and stays quiet on a near miss.

use analyzer::{Finding, Linter, RuleSet, Severity};

fn lint(source: &str) -> Vec<Finding> {
    let linter = Linter::new(RuleSet::embedded());
    linter
        .lint("case.py", source.as_bytes())
        .unwrap_or_else(|err| panic!("{source}\ndid not lint: {err}"))
}

/// The findings, also of a source that is refused as well (PJ503's code-changing encoding).
fn findings(source: &str) -> Vec<Finding> {
    let linter = Linter::new(RuleSet::embedded());
    linter
        .lint_with_suppressed("case.py", source.as_bytes())
        .findings
}

/// (rule, code it must find, near miss it must not report at all).
const CASES: &[(&str, &str, &str)] = &[
    ("PJ101", "().__class__.__base__.__subclasses__()", "class A:\n    subclasses = []\nA.subclasses.append(1)"),
    ("PJ102", "object_ = int.__bases__[0]", "class A(object):\n    pass\nprint(issubclass(A, object))"),
    ("PJ103", "root = [].__class__.__mro__[-1]", "import inspect\nprint(inspect.getmro)"),
    ("PJ103", "type.mro(int)", "mro_table = {}\nprint(mro_table)"),
    ("PJ110", "cls = ''.__class__", "name = self.__class__.__name__\nother = obj.__class__.__qualname__\nnew = self.__class__(1)"),
    ("PJ110", "getattr(x, '__cla' + 'ss__')", "print(type(x).__name__)"),
    ("PJ201", "g = f.__globals__", "print(globals().get('x'))"),
    ("PJ201", "getattr(f, '__glo' + 'bals__')", "getattr(obj, 'public_name', None)"),
    ("PJ202", "b = __builtins__", "exec_env = {'__builtins__': {}}"),
    ("PJ203", "f.__code__ = g.__code__", "code = compile_pattern('x')"),
    ("PJ204", "cells = f.__closure__", "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner"),
    ("PJ205", "f.__defaults__ = (False,)", "def f(a=1, *, b=2):\n    return a + b"),
    ("PJ205", "f.__kwdefaults__['b'] = 3", "print(f(1, b=2))"),
    ("PJ206", "os = __loader__.load_module('os')", "loader = jinja_env.loader"),
    ("PJ207", "print(__spec__)", "print(__name__)"),
    ("PJ208", "__spec__.loader.load_module('os')", "spec = make_spec()\nspec.loader_name = 1"),
    ("PJ209", "object.__getattribute__(proxy, '_x')", "class P:\n    def __getattribute__(self, name):\n        return 1"),
    ("PJ210", "__import__('os')", "import os\nprint(os.getcwd())"),
    ("PJ211", "b = print.__self__", "print(self.value)"),
    ("PJ212", "import os\nos.__dict__['system']", "class A:\n    def __init__(self):\n        self.__dict__.update({})"),
    ("PJ212", "import os\nvars(os)", "def f(): pass\nf.__dict__.setdefault('cache', {})\nprint(vars(self))"),
    ("PJ213", "class P:\n    def __reduce__(self):\n        return (print, ('x',))", "class P:\n    def __repr__(self):\n        return 'P'\n    def __eq__(self, other):\n        return True"),
    ("PJ301", "f = sys.exc_info()[2].tb_frame.f_back", "frames_seen = 0"),
    ("PJ302", "import sys\nsys._getframe(1)", "import sys\nprint(sys.argv, sys.version)"),
    ("PJ303", "import inspect\ninspect.currentframe()", "import inspect\ninspect.signature(print)"),
    ("PJ303", "from inspect import stack as who\nwho()", "from inspect import getsource\nprint(getsource)"),
    ("PJ304", "import traceback\nfor fr, _ in traceback.walk_stack(None): pass", "import traceback\ntraceback.print_exc()"),
    ("PJ305", "tb = err.__traceback__", "import traceback\ntraceback.format_exc()"),
    ("PJ401", "import gc\ngc.get_objects()", "numbers = [1, 2]\nprint(sorted(numbers))"),
    ("PJ402", "import ctypes\nctypes.CDLL('libc.so.6')", "import struct\nstruct.calcsize('l')"),
    ("PJ402", "import ctypes\nctypes.c_long.from_address(0)", "import array\narray.array('l')"),
    ("PJ402", "import sqlite3\nconn = sqlite3.connect('x.db')\nconn.enable_load_extension(True)", "import sqlite3\nconn = sqlite3.connect('x.db')\nconn.execute('select 1').fetchall()\nconn.close()"),
    ("PJ403", "import os\nos.system('id')", "import os\nos.path.join('a', 'b')\nos.getcwd()"),
    ("PJ403", "from os import system as s\ns('id')", "from os import path\npath.exists('x')"),
    ("PJ403", "from os import *\nsystem('id')", "import platform\nplatform.system()"),
    ("PJ403", "import os\ngetattr(os, 'sys' + 'tem')('id')", "import os\ngetattr(os, 'sep')"),
    ("PJ404", "import subprocess\nsubprocess.run(['id'])", "import shutil\nshutil.which('python3')"),
    ("PJ405", "import pty\npty.spawn('sh')", "import termios\nprint(termios)"),
    ("PJ406", "import socket\nsocket.create_connection(('h', 1))", "import http.client\nprint(http.client.responses[200])"),
    ("PJ407", "from multiprocessing import Process\nProcess(target=print).start()", "import threading\nthreading.Thread(target=print).start()"),
    ("PJ408", "import pickle\npickle.loads(data)", "import json\njson.loads('{}')"),
    ("PJ409", "import types\ntypes.FunctionType(code, {})", "import types\ntypes.SimpleNamespace(a=1)"),
    ("PJ409", "f = type(lambda: 0)(code, {})", "print(type(x).__name__)"),
    ("PJ410", "c = c.replace(co_consts=(1,))", "s = 'abc'.replace('a', 'b')"),
    ("PJ411", "import importlib\nimportlib.import_module('o' + 's')", "from importlib import metadata\nmetadata.version('pip')"),
    ("PJ412", "import sys\nsys.modules['os'].system('id')", "import sys\nprint(sys.path)"),
    ("PJ413", "import runpy\nrunpy.run_path('x.py')", "import pathlib\npathlib.Path('x.py').read_text()"),
    ("PJ414", "breakpoint()", "def breakpoint_count():\n    return 0\nbreakpoint_count()"),
    ("PJ414", "import code\ncode.interact()", "code = compile_expr('1')\ncode.interact()"),
    ("PJ414", "import cProfile\nprofiler = cProfile.Profile()\nprofiler.runctx(source, {}, {})", "import cProfile\nprofiler = cProfile.Profile()\nprofiler.enable()\nprofiler.disable()"),
    ("PJ415", "import builtins\nbuiltins.open = my_open", "print(open)"),
    ("PJ416", "import builtins\nsetattr(builtins, 'open', my_open)", "setattr(config, 'debug', True)"),
    ("PJ416", "__builtins__.__dict__['open'] = my_open", "settings.__dict__['open'] = 1"),
    ("PJ417", "import sys\nsys.addaudithook(hook)", "import logging\nlogging.getLogger().addHandler(h)"),
    ("PJ418", "import functools\nfunctools.update_wrapper(sink, src, assigned=('__globals__',), updated=())", "import functools\ndef deco(f):\n    @functools.wraps(f)\n    def w(*a):\n        return f(*a)\n    return w\nclass C:\n    def __init__(self, f):\n        functools.update_wrapper(self, f)"),
    ("PJ419", "exec(input())", "import ast\nast.literal_eval('[1, 2]')\nmodel.eval()\nre.compile('x')"),
    ("PJ419", "@exec\n@input\nclass X: pass", "@staticmethod\ndef f(): pass"),
    ("PJ419", "import timeit\ntimeit.timeit(input())", "import timeit\ndef bench(fn):\n    return timeit.timeit(fn, number=10)"),
    ("PJ420", "eval('1 + 2')", "print(1 + 2)"),
    ("PJ421", "import ctypes", "import json\nimport os\nimport sys"),
    ("PJ421", "import subprocess\nf = subprocess\nprint(f)", "import gc\ngc.disable()\nimport subprocess\nprint(subprocess.PIPE)"),
    ("PJ423", "import os\nos.setuid(0)", "import os\nprint(os.getuid())"),
    ("PJ423", "import os\nos.unshare(os.CLONE_NEWUSER)", "import os\nos.setpgid(0, 0)"),
    ("PJ424", "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)", "import os, signal\nos.kill(os.getpid(), signal.SIGTERM)"),
    ("PJ425", "import fcntl, termios\nfcntl.ioctl(0, termios.TIOCSTI, b'x')", "import fcntl, termios\nfcntl.ioctl(1, termios.TIOCGWINSZ, b'12345678')"),
    ("PJ426", "import yaml\nyaml.load(text, Loader=yaml.Loader)", "import yaml\nyaml.load(text, Loader=yaml.SafeLoader)\nyaml.safe_load(text)"),
    ("PJ428", "[help['1'] for help.__class__.__getitem__ in [eval]]", "for item.count in range(3):\n    pass"),
    ("PJ430", "import os\nopen(os.path.join('/etc', 'shadow')).read()", "open('data/input.csv').read()"),
    ("PJ430", "import spwd\nspwd.getspnam('root')", "import pwd, os\nprint(pwd.getpwuid(os.getuid()).pw_dir)"),
    ("PJ431", "from pathlib import Path\n(Path.home() / '.bashrc').write_text('x')", "from pathlib import Path\n(Path('out') / 'report.txt').write_text('x')"),
    ("PJ432", "open('/opt/app/config.json')", "open('/tmp/scratch.txt', 'w')"),
    ("PJ433", "import tarfile\nwith tarfile.open('a.tar') as t:\n    t.extractall('out')", "import tarfile\nwith tarfile.open('a.tar') as t:\n    t.extractall('out', filter='data')"),
    ("PJ433", "import os\nos.symlink('/etc/shadow', 'public/shadow')", "import os\nos.symlink('data/a.txt', 'b.txt')"),
    ("PJ434", "import shutil\nshutil.rmtree('/var/www/html')", "import shutil\nshutil.rmtree('build')"),
    ("PJ501", "getattr(obj, input())", "getattr(self, 'visit_' + node_type)(node)\nsetattr(self, f'on_{event}', handler)"),
    ("PJ501", "import sys\nglobals()[sys.argv[1]]", "self.__dict__[key] = value"),
    ("PJ504", "def load(self, options):\n    for key, value in options.items():\n        setattr(self, key, value)", "setattr(self, 'debug', True)"),
    ("PJ502", "ｐｒｉｎｔ('x')", "café = 1\nprint(café)"),
    ("PJ503", "# coding: unicode_escape\nx = 1", "#!/usr/bin/env python3\n# -*- coding: latin-1 -*-\nx = 1"),
];

#[test]
fn every_rule_fires_on_its_example_and_not_on_a_near_miss() {
    let mut failures = Vec::new();
    for (rule, positive, negative) in CASES {
        let found = findings(positive);
        if !found.iter().any(|f| f.rule_id == *rule) {
            failures.push(format!(
                "{rule} missed:\n{positive}\nfound: {:?}",
                ids(&found)
            ));
        }
        let quiet = lint(negative);
        if !quiet.is_empty() {
            failures.push(format!(
                "{rule} near miss reported:\n{negative}\nfound: {:?}",
                ids(&quiet)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_rule_has_a_case() {
    let covered: Vec<&str> = CASES.iter().map(|(rule, _, _)| *rule).collect();
    let missing: Vec<String> = RuleSet::embedded()
        .rules()
        .map(|d| d.id.clone())
        .filter(|id| !covered.contains(&id.as_str()))
        .collect();
    assert!(missing.is_empty(), "rules without a test case: {missing:?}");
}

fn ids(findings: &[Finding]) -> Vec<String> {
    findings
        .iter()
        .map(|f| format!("{} {}", f.rule_id, f.message))
        .collect()
}

fn strongest(source: &str) -> Option<Severity> {
    lint(source).iter().map(|f| f.severity).max()
}

#[test]
fn free_module_names_are_assumed_and_say_so() {
    let found = lint("os.system('id')");
    assert!(
        found[0]
            .message
            .ends_with("(assumed: not imported in this file)"),
        "{}",
        found[0].message
    );
    for imported in [
        "from pickle import loads as pl\npl(b'')",
        "import pickle as pk\npk.loads(b'')",
    ] {
        let found = lint(imported);
        assert!(
            found.iter().all(|f| !f.message.contains("assumed")),
            "{imported}: {:?}",
            ids(&found)
        );
    }
}

#[test]
fn severity_follows_danger() {
    assert_eq!(strongest("print(obj.__class__.__name__)"), None);
    assert_eq!(strongest("x = ''.__class__"), Some(Severity::Medium));
    assert_eq!(
        strongest("x = ''.__class__.__bases__[0].__subclasses__()"),
        Some(Severity::High)
    );
    assert_eq!(strongest("getattr(x, name)"), Some(Severity::Low));
    assert_eq!(strongest("getattr(x, input())"), Some(Severity::Medium));
    assert_eq!(strongest("getattr(x, '__' + name)"), Some(Severity::Medium));
    assert_eq!(strongest("import gc\ngc.disable()"), None);
    assert_eq!(strongest("print(int.mro())"), Some(Severity::Low));
    assert_eq!(strongest("__import__('doctest').testmod()"), None);
    assert_eq!(strongest("print(len.__self__)"), Some(Severity::High));
    assert_eq!(strongest("import subprocess"), Some(Severity::Medium));
    assert_eq!(
        strongest("import subprocess\nsubprocess.run('id')"),
        Some(Severity::High)
    );
}

#[test]
fn obfuscated_names_fold_to_the_real_rule() {
    for source in [
        "getattr(f, '__glo' + 'bals__')",
        "getattr(f, '%s%s' % ('__glo', 'bals__'))",
        "getattr(f, '{}{}'.format('__glo', 'bals__'))",
        "getattr(f, f\"{'__glo'}bals__\")",
        "getattr(f, ''.join(['__glo', 'bals__']))",
        "getattr(f, '__slabolg__'[::-1])",
        "getattr(f, ''.join(map(chr, [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95])))",
        "getattr(f, bytes.fromhex('5f5f676c6f62616c735f5f').decode())",
        "import base64\ngetattr(f, base64.b64decode('X19nbG9iYWxzX18=').decode())",
        "import codecs\ngetattr(f, codecs.decode('__tybonyf__', 'rot13'))",
        "getattr(f, '__gl0ba1s__'.translate(str.maketrans('01', 'ol')))",
        "getattr(f, '__GLOBALS__'.lower())",
        "n = '__glo'\nn += 'bals__'\ngetattr(f, n)",
        "a, b = '__glo', 'bals__'\ngetattr(f, a + b)",
        "g = getattr\ng(f, '__globals__')",
        "import operator\noperator.attrgetter('__globals__')(f)",
        "vars(f)['__globals__']",
        "f.__dict__['__globals__']",
        "f.__getattribute__('__globals__')",
        "'{0.__globals__}'.format(f)",
        "'{x.__globals__}'.format_map({'x': f})",
        "f.__ｇｌｏｂａｌｓ__",
        "exec(\"f.__glo\" + \"bals__\")",
        "if cond:\n    n = '__globals__'\nelse:\n    n = 'x'\ngetattr(f, n)",
    ] {
        let found = lint(source);
        assert!(
            found
                .iter()
                .any(|f| f.rule_id == "PJ201" && f.severity == Severity::High),
            "{source}\nfound: {:?}",
            ids(&found)
        );
    }
}

#[test]
fn exec_of_constant_code_reports_inner_findings_at_the_call() {
    let source = "x = 1\nexec('import os; os.system(\"id\")')\n";
    let found = lint(source);
    let inner = found
        .iter()
        .find(|f| f.rule_id == "PJ403")
        .expect("inner finding");
    assert_eq!(inner.start.line, 2);
    assert_eq!(
        &source[inner.range.0..inner.range.1],
        "exec('import os; os.system(\"id\")')"
    );
    assert!(
        inner.message.starts_with("in code passed to `exec`"),
        "{}",
        inner.message
    );
}

#[test]
fn spans_are_exact() {
    let source = "x = 1\ny = (f).__globals__\n";
    let found = lint(source);
    let f = &found[0];
    assert_eq!(&source[f.range.0..f.range.1], "__globals__");
    assert_eq!(
        (f.start.line, f.start.column, f.end.line, f.end.column),
        (2, 9, 2, 20)
    );
    let source = "é = 'x'; g = f.__globals__\n";
    let f = &lint(source)[0];
    assert_eq!(f.start.column, 16, "columns count characters, not bytes");
}

#[test]
fn suppression_comments() {
    let linter = Linter::new(RuleSet::embedded());
    let source = b"a = f.__globals__  # pyjail: ignore[PJ201]\nb = f.__globals__  # pyjail: ignore[PJ101, PJ102]\nc = f.__code__.__globals__  # pyjail: ignore[PJ201,PJ203]\n";
    let linted = linter.lint_with_suppressed("s.py", source);
    assert!(linted.error.is_none());
    let lines: Vec<usize> = linted.findings.iter().map(|f| f.start.line).collect();
    assert_eq!(lines, vec![2]);
    assert_eq!(linted.suppressed.len(), 3);
    // A comment inside exec'd code is part of the payload and suppresses nothing.
    let found = lint("exec('f.__globals__  # pyjail: ignore[PJ201]')");
    assert!(found.iter().any(|f| f.rule_id == "PJ201"));
}

#[test]
fn rule_files_extend_and_select() {
    let dir = std::env::temp_dir().join(format!("pyjail-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("extra.yaml");
    std::fs::write(
        &file,
        "version: 1\nrules:\n  - id: PJ901\n    name: no-mylib-run\n    severity: low\n    category: custom\n    capability: code-exec\n    message: \"`{name}` is banned\"\n    rationale: r\n    example: e\n    fix: f\n    match:\n      qualified: [mylib.run]\n  - id: PJ201\n    severity: medium\n",
    )
    .unwrap();
    let mut rules = RuleSet::load(&[file]).unwrap();
    rules
        .select(&["PJ9".into(), "PJ2".into()], &["PJ202".into()])
        .unwrap();
    let linter = Linter::new(rules);
    let found = linter
        .lint(
            "x.py",
            b"import mylib\nmylib.run()\nf.__globals__\n__builtins__\nimport os\nos.system('x')\n",
        )
        .unwrap();
    let got: Vec<(&str, Severity)> = found
        .iter()
        .map(|f| (f.rule_id.as_str(), f.severity))
        .collect();
    assert_eq!(
        got,
        vec![("PJ901", Severity::Low), ("PJ201", Severity::Medium)]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
