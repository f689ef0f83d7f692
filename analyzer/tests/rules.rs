//! Behaviour across rules: severity calibration, folding of obfuscated names, exec of
//! constant code, spans, suppressions, rule files. Each rule's own cases are fixtures
//! (`rule_fixtures.rs`).

use analyzer::{Finding, Linter, RuleSet, Severity};

fn lint(source: &str) -> Vec<Finding> {
    let linter = Linter::new(RuleSet::embedded());
    linter
        .lint("case.py", source.as_bytes())
        .unwrap_or_else(|err| panic!("{source}\ndid not lint: {err}"))
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
    // A sandbox that pre-binds only `typing`: its evaluation of an annotation the code
    // built at run time is eval of that text.
    let found = lint(
        "def probe(x: 'int'): pass\n\
         probe.__annotations__['x'] = bytes.fromhex(input()).decode()\n\
         typing.get_type_hints(probe, {}, {})\n",
    );
    let rules: Vec<&str> = found.iter().map(|f| f.rule_id.as_str()).collect();
    assert_eq!(rules, ["PJ419"], "{found:?}");
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
fn modules_other_modules_imported_are_those_modules() {
    for (source, expected) in [
        ("import shutil\nshutil.os.system('id')", "PJ403 `os.system`"),
        (
            "import tempfile\ntempfile._os.system('id')",
            "PJ403 `os.system`",
        ),
        ("import os\nos.path.os.fork()", "PJ403 `os.fork`"),
        ("import os\nos.sys.modules['os']", "PJ412 `sys.modules`"),
        (
            "import shutil, operator\noperator.attrgetter('os.system')(shutil)",
            "PJ403 `os.system`",
        ),
        (
            "import tkinter\ntkinter._tkinter.create()",
            "PJ414 `_tkinter.create`",
        ),
        // Submodules and members the rules know by their own names stay themselves.
        (
            "import asyncio\nasyncio.subprocess.create_subprocess_exec('id')",
            "PJ404 `asyncio.subprocess.create_subprocess_exec`",
        ),
        (
            "import unittest.mock\nunittest.mock._importer('os')",
            "PJ411 `unittest.mock._importer`",
        ),
        (
            "import http.server\nhttp.server.test()",
            "PJ406 `http.server.test`",
        ),
    ] {
        let found = ids(&lint(source));
        assert!(
            found.iter().any(|f| f.starts_with(expected)),
            "{source}\nfound: {found:?}"
        );
    }
    for quiet in [
        "import shutil\nshutil.os.path.join('a', 'b')",
        "import signal\nsignal.signal(signal.SIGINT, signal.SIG_DFL)",
        "import platform\nplatform.platform()",
        "def f(x):\n    return x.sys.argv, x.os.system",
    ] {
        assert_eq!(ids(&lint(quiet)), Vec::<String>::new(), "{quiet}");
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

#[test]
fn the_import_systems_read_of_a_file_is_a_read() {
    assert_eq!(
        ids(&lint("import io\nio.open_code('/srv/secret.txt')\n")),
        ["PJ432 `io.open_code` reads a file outside the working and temporary directories `/srv/secret.txt`"]
    );
}

#[test]
fn a_module_with_file_apis_is_itself_as_another_modules_attribute() {
    let found = lint("import traceback\ntraceback.linecache.getlines('/op' + 't/notes')\n");
    assert_eq!(found.len(), 1, "{:?}", ids(&found));
    assert!(
        found[0]
            .message
            .starts_with("`linecache.getlines` reads a file outside"),
        "{}",
        found[0].message
    );
    assert!(found[0]
        .message
        .ends_with("(the module reached as `traceback.linecache`)"));
}

#[test]
fn a_name_picked_from_a_listing_of_a_builtins_attributes_is_worth_a_look() {
    // `dir(type)` lists `__subclasses__`; a predicate picks it without spelling it.
    let picked = "names = dir(type)\n\
                  k = [n for n in names if n.endswith('es__') and len(n) == 14][0]\n\
                  classes = type.__dict__[k](object)\n";
    assert_eq!(
        strongest(picked),
        Some(Severity::Medium),
        "{:?}",
        ids(&lint(picked))
    );
    // The attributes of the program's own objects are its own: reflection, low.
    let own = "class Config:\n    debug = False\n\
               c = Config()\n\
               for key in [n for n in dir(c) if not n.startswith('_')]:\n    print(getattr(c, key))\n";
    assert_eq!(strongest(own), Some(Severity::Low), "{:?}", ids(&lint(own)));
}

#[test]
fn loading_a_pickle_file_the_program_wrote_with_pickle_is_its_own_data() {
    let round_trip = "import pickle\n\
                      with open('state.pkl', 'wb') as out:\n    pickle.dump({'n': 1}, out)\n\
                      with open('state.pkl', 'rb') as back:\n    print(pickle.load(back))\n";
    assert_eq!(ids(&lint(round_trip)), Vec::<String>::new());
    // Bytes written by hand are a crafted stream, and a file it did not write is anyone's.
    for crafted in [
        "import pickle\n\
         with open('state.pkl', 'wb') as out:\n    out.write(b'\\x80\\x04')\n\
         with open('state.pkl', 'rb') as back:\n    pickle.load(back)\n",
        "import pickle\n\
         pickle.dump(1, open('mine.pkl', 'wb'))\n\
         pickle.load(open('theirs.pkl', 'rb'))\n",
        "import pickle\n\
         pickle.load(open('state.pkl', 'rb'))\n\
         pickle.dump(1, open('state.pkl', 'wb'))\n",
    ] {
        assert_eq!(
            ids(&lint(crafted)),
            ["PJ408 `pickle.load` deserialises data that can run code"],
            "{crafted}"
        );
    }
}

#[test]
fn a_pickle_round_trip_through_a_buffer_or_file_only_pickle_wrote_is_its_own_data() {
    for own in [
        // Into a buffer and back, as a picklability check does.
        "import io, pickle\n\
         buf = io.BytesIO()\n\
         pickle.dump({'n': 1}, buf, protocol=pickle.HIGHEST_PROTOCOL)\n\
         print(len(buf.getvalue()))\n\
         buf.seek(0)\n\
         print(pickle.load(buf))\n",
        "import io, pickle\n\
         with io.BytesIO() as buf:\n    pickle.dump([1], buf)\n    buf.seek(0)\n    pickle.load(buf)\n",
        // A cache file whose handle name is used again for the read, in a branch.
        "import os, pickle\n\
         with open('cache.pkl', 'wb') as f:\n    pickle.dump({'n': 1}, f)\n\
         if os.path.exists('cache.pkl'):\n    with open('cache.pkl', 'rb') as f:\n        pickle.load(f)\n",
        // Other files written beside it, and the file removed afterwards.
        "import os, pickle\n\
         pickle.dump(1, open('state.pkl', 'wb'))\n\
         open('result.txt', 'w').write('done')\n\
         pickle.load(open('state.pkl', 'rb'))\n\
         os.remove('state.pkl')\n",
        // A file read from a path the code does not show puts nothing in the pickle.
        "import pickle, sys\n\
         pickle.dump(1, open('state.pkl', 'wb'))\n\
         data = open(sys.argv[1]).read()\n\
         pickle.load(open('state.pkl', 'rb'))\n",
        // Several pickles in one file, read back until its end.
        "import pickle\n\
         with open('events.pkl', 'wb') as f:\n    for event in range(3):\n        pickle.dump(event, f)\n\
         with open('events.pkl', 'rb') as f:\n    pickle.load(f)\n",
        // One handle written and read back, a temporary file, a compressed file.
        "import pickle\n\
         with open('scratch.pkl', 'w+b') as f:\n    pickle.dump([1], f)\n    f.seek(0)\n    pickle.load(f)\n",
        "import pickle, tempfile\n\
         with tempfile.TemporaryFile() as t:\n    pickle.dump([1], t)\n    t.seek(0)\n    pickle.load(t)\n",
        "import gzip, pickle\n\
         with gzip.open('m.pkl.gz', 'wb') as f:\n    pickle.dump([1], f)\n\
         with gzip.open('m.pkl.gz', 'rb') as f:\n    pickle.load(f)\n",
    ] {
        assert_eq!(ids(&lint(own)), Vec::<String>::new(), "{own}");
    }
    // Anything else that may put bytes there, or start the load past the pickle's start
    // (a pickled string holds any text verbatim), makes it a crafted stream.
    for crafted in [
        "import io, pickle, sys\n\
         buf = io.BytesIO()\n\
         pickle.dump(1, buf)\n\
         buf.write(sys.stdin.buffer.read())\n\
         buf.seek(0)\n\
         pickle.load(buf)\n",
        "import io, pickle\n\
         buf = io.BytesIO()\n\
         pickle.dump('x', buf)\n\
         buf.seek(5)\n\
         pickle.load(buf)\n",
        "import io, pickle\n\
         buf = io.BytesIO()\n\
         alias = buf\n\
         pickle.dump(1, buf)\n\
         buf.seek(0)\n\
         pickle.load(buf)\n",
        "import io, pickle\n\
         buf = io.BytesIO()\n\
         pickle.dump(1, buf)\n\
         globals()['buf'].write(b'x')\n\
         buf.seek(0)\n\
         pickle.load(buf)\n",
        "import io, pickle\n\
         buf = io.BytesIO()\n\
         def swap():\n    global buf\n    buf = io.BytesIO(bytes.fromhex(input()))\n\
         pickle.dump(1, buf)\n\
         swap()\n\
         pickle.load(buf)\n",
        "import pickle, sys\n\
         pickle.dump(1, open('s.pkl', 'wb'))\n\
         open('s.pkl', 'wb').write(sys.stdin.buffer.read())\n\
         pickle.load(open('s.pkl', 'rb'))\n",
        "import pickle, sys\n\
         pickle.dump(1, open('s.pkl', 'wb'))\n\
         with open('/work/s.pkl', 'wb') as f:\n    f.write(sys.stdin.buffer.read())\n\
         pickle.load(open('s.pkl', 'rb'))\n",
        "import pickle, sys, pathlib\n\
         pickle.dump(1, open('s.pkl', 'wb'))\n\
         pathlib.Path('s.pkl').write_bytes(sys.stdin.buffer.read())\n\
         pickle.load(open('s.pkl', 'rb'))\n",
        "import os, pickle, sys\n\
         pickle.dump(1, open('s.pkl', 'wb'))\n\
         open('e.bin', 'wb').write(sys.stdin.buffer.read())\n\
         os.replace('e.bin', 's.pkl')\n\
         pickle.load(open('s.pkl', 'rb'))\n",
        "import pickle, sys\n\
         pickle.dump(1, open('s.pkl', 'wb'))\n\
         open(input(), 'wb').write(sys.stdin.buffer.read())\n\
         pickle.load(open('s.pkl', 'rb'))\n",
        "import pickle\n\
         pickle.dump('x', open('s.pkl', 'wb'))\n\
         f = open('s.pkl', 'rb')\n\
         f.seek(7)\n\
         pickle.load(f)\n",
        "import pickle\n\
         pickle.dump(1, open('s.pkl', 'wb'))\n\
         exec(\"open('s.pkl', 'wb').write(b'x')\")\n\
         pickle.load(open('s.pkl', 'rb'))\n",
        "import io, pickle\n\
         def swap():\n    global f\n    f = io.BytesIO(bytes.fromhex(input()))\n\
         pickle.dump(1, open('s.pkl', 'wb'))\n\
         with open('s.pkl', 'rb') as f:\n    swap()\n    pickle.load(f)\n",
        // Written only on some paths, or appended to: the file may have come with the program.
        "import os, pickle\n\
         try:\n    n = int(os.environ['N'])\n    with open('s.pkl', 'wb') as f:\n        pickle.dump(n, f)\n\
         finally:\n    with open('s.pkl', 'rb') as f:\n        pickle.load(f)\n",
        "import pickle\n\
         pickle.dump(1, open('s.pkl', 'ab'))\n\
         pickle.load(open('s.pkl', 'rb'))\n",
        // Another directory, another descriptor, another opener, stdout into the file.
        "import os, pickle, sys\n\
         pickle.dump(1, open('s.pkl', 'wb'))\n\
         os.chdir(sys.argv[1])\n\
         pickle.load(open('s.pkl', 'rb'))\n",
        "import os, pickle\n\
         pickle.dump(1, open('s.pkl', 'wb'))\n\
         f = open('s.pkl', 'rb')\n\
         os.dup2(0, f.fileno())\n\
         pickle.load(open('s.pkl', 'rb'))\n",
        "import os, pickle, sys\n\
         pickle.dump(1, open('s.pkl', 'wb'))\n\
         d = os.open(sys.argv[1], os.O_RDONLY)\n\
         with open('s.pkl', 'rb', opener=lambda p, fl: os.open(p, fl, dir_fd=d)) as f:\n    pickle.load(f)\n",
        "import fileinput, pickle, sys\n\
         pickle.dump(1, open('s.pkl', 'wb'))\n\
         for line in fileinput.input('s.pkl', inplace=True):\n    sys.stdout.write(sys.argv[1])\n\
         pickle.load(open('s.pkl', 'rb'))\n",
        // pickle.dump itself replaced.
        "import io, pickle, sys\n\
         pickle.dump = lambda obj, f: f.write(sys.stdin.buffer.read())\n\
         buf = io.BytesIO()\n\
         pickle.dump(1, buf)\n\
         buf.seek(0)\n\
         pickle.load(buf)\n",
    ] {
        assert!(
            ids(&lint(crafted)).iter().any(|f| f.starts_with("PJ408")),
            "{crafted}"
        );
    }
}

#[test]
fn a_printers_private_state_spelled_at_run_time_is_still_its_state() {
    let mangled = "cls = type(license).__name__\n\
                   setattr(license, '_' + cls + '__filenames', ['/flag'])\n\
                   license()\n";
    assert_eq!(
        ids(&lint(mangled)),
        ["PJ438 `_Printer__filenames` turns one of `site`'s interactive helpers into a way out"]
    );
    // The same mangling of the program's own class is its own business.
    let own = "class Doc:\n    pass\n\
               d = Doc()\n\
               setattr(d, '_' + type(d).__name__ + '__lines', [])\n";
    assert!(
        !ids(&lint(own)).iter().any(|f| f.starts_with("PJ438")),
        "{:?}",
        ids(&lint(own))
    );
}

#[test]
fn a_getter_is_named_after_the_function_that_made_it() {
    let found = lint("import operator, os\noperator.methodcaller('popen', 'id')(os)\n");
    assert!(
        found.iter().any(|f| f
            .message
            .contains("(reached through `operator.methodcaller`)")),
        "{:?}",
        ids(&found)
    );
    assert!(
        !ids(&found).iter().any(|f| f.contains("attrgetter")),
        "{:?}",
        ids(&found)
    );
}

#[test]
fn a_mapping_read_by_a_dangerous_dunders_name_through_get_is_a_lookup() {
    let found = lint("def f(g):\n    return g.get('__builtins__')\n");
    assert_eq!(
        ids(&found),
        ["PJ202 `__builtins__` reaches the builtins namespace (`__import__`, `open`, `exec`) (through a namespace lookup)"]
    );
    assert_eq!(
        ids(&lint(
            "meta = {'__name__': 'x'}\nprint(meta.get('__name__'))\n"
        )),
        Vec::<String>::new()
    );
}

/// Contest solutions that test themselves run the examples of their `TEST_` constants,
/// picked from `globals()` by a prefix test: examples the file shows.
#[test]
fn namespace_entries_picked_by_prefix_run_shown_examples() {
    let picked = |setup: &str, example: &str| {
        format!(
            "import doctest\n\
             {setup}\n\
             TEST_A = \"\"\"\n>>> {example}\n\"\"\"\n\
             def _test():\n    g = globals()\n    for k in sorted(g):\n        \
             if k.startswith('TEST_'):\n            \
             doctest.run_docstring_examples(g[k], g, name=k)\n\
             def as_input(s):\n    g = globals()\n    g['input'] = lambda: s\n"
        )
    };
    let rules = |source: &str| -> Vec<String> {
        lint(source)
            .into_iter()
            .filter(|f| f.severity >= Severity::Medium)
            .map(|f| f.rule_id)
            .collect()
    };
    assert_eq!(rules(&picked("", "as_input('1')")), Vec::<String>::new());
    assert_eq!(rules(&picked("", "import os; os.system('id')")), ["PJ403"]);
    // Another entry with the prefix the file does not show, or one it may add at run time.
    for setup in [
        "from os import system as TEST_B",
        "globals()['TEST_' + input()] = input()",
        "exec(input())",
    ] {
        assert!(
            rules(&picked(setup, "1")).contains(&"PJ414".to_string()),
            "{setup}"
        );
    }
}
