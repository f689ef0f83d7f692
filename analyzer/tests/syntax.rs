//! Python 3.8 to 3.14 syntax is read, and escapes hidden in each newer construct are found.
//! Every case is `(Python version that introduced the syntax, syntax, source, rule that must be
//! reported)`; none may be a syntax error. Each CPython found (`$PYENV_ROOT/versions/3.*`)
//! checks that it compiles exactly the cases of its version and older ones.

use analyzer::{Linter, RuleSet};

#[rustfmt::skip]
const CASES: &[(&str, &str, &str, &str)] = &[
    // PEP 701 (3.12): nested quotes, backslashes, comments and line breaks in fields.
    ("3.12", "PEP 701 same quotes", "import os\nos.system('id')\nd = {}\nx = f\"{d[\"k\"]}\"\n", "PJ403"),
    ("3.12", "PEP 701 nested same-quote f-strings", "import os\nx = f\"{f\"{os.system(\"id\")}\"}\"\n", "PJ403"),
    ("3.12", "PEP 701 backslash in a field", "import os\nx = f\"{'\\n'.join(a)} {os.system('id')}\"\n", "PJ403"),
    ("3.12", "PEP 701 comment in a field", "import os\nx = f'''{\n    os.system('id')  # runs\n}'''\n", "PJ403"),
    ("3.12", "PEP 701 line break in a field", "import os\nx = f\"{os.system(\n'id')}\"\n", "PJ403"),
    ("3.8", "f-string format spec", "import os\nx = f\"{1:{os.system('id')}}\"\n", "PJ403"),
    ("3.8", "f-string nested spec field", "x = f\"{1:>{().__class__.__base__.__subclasses__()}}\"\n", "PJ101"),
    // PEP 695 (3.12) type parameters and aliases; PEP 696 (3.13) defaults.
    ("3.12", "PEP 695 class bound", "import os\nclass C[T: os.system(\"id\")]: ...\n", "PJ403"),
    ("3.12", "PEP 695 function bound", "def f[T: (g.__globals__, int)](x: T) -> T: ...\n", "PJ201"),
    ("3.12", "PEP 695 constraints", "import os\ndef f[T: (os.popen('id'), str)](): ...\n", "PJ403"),
    ("3.12", "PEP 695 alias value", "import os\ntype Alias = os.system(\"id\")\n", "PJ403"),
    ("3.12", "PEP 695 alias bound", "import os\ntype Alias[T: os.system(\"id\")] = list[T]\n", "PJ403"),
    ("3.12", "PEP 695 class base in the type scope", "class C[T](().__class__.__base__.__subclasses__()[0]): ...\n", "PJ101"),
    ("3.13", "PEP 696 TypeVar default", "import os\nclass C[T = os.system(\"id\")]: ...\n", "PJ403"),
    ("3.13", "PEP 696 TypeVarTuple default", "import os\ndef f[*Ts = os.system(\"id\")](): ...\n", "PJ403"),
    ("3.13", "PEP 696 ParamSpec default", "import os\ntype A[**P = os.system(\"id\")] = int\n", "PJ403"),
    // PEP 758 (3.14): except without parentheses.
    ("3.14", "PEP 758 except A, B", "import os\ntry:\n    pass\nexcept ValueError, TypeError:\n    os.system('id')\n", "PJ403"),
    ("3.14", "PEP 758 escape in the types", "try:\n    pass\nexcept ValueError, f.__globals__['E']:\n    pass\n", "PJ201"),
    // PEP 750 (3.14): template strings.
    ("3.14", "PEP 750 t-string field", "import os\nx = t\"{os.system('id')}\"\n", "PJ403"),
    ("3.14", "PEP 750 t-string spec", "x = t\"{y:{f.__globals__}}\"\n", "PJ201"),
    ("3.14", "PEP 750 nested t-string", "import os\nx = t'{t\"{os.system(\"id\")}\"}'\n", "PJ403"),
    // match (3.10): subject, value patterns, class patterns, guards.
    ("3.10", "match guard", "import os\nmatch x:\n    case 1 if os.system('id'):\n        pass\n", "PJ403"),
    ("3.10", "match value pattern", "import os\nmatch x:\n    case os.system:\n        pass\n", "PJ403"),
    ("3.10", "match class pattern", "import ctypes\nmatch x:\n    case ctypes.CDLL(name=n):\n        pass\n", "PJ402"),
    ("3.10", "match keyword pattern", "match f:\n    case object(__globals__=g):\n        pass\n", "PJ201"),
    ("3.10", "match mapping key", "import os\nmatch x:\n    case {os.system: 1}:\n        pass\n", "PJ403"),
    ("3.10", "match subject", "match ().__class__.__base__.__subclasses__():\n    case _:\n        pass\n", "PJ101"),
    ("3.10", "match body", "import os\nmatch x:\n    case [1, *rest]:\n        os.system('id')\n", "PJ403"),
    // except* (3.11).
    ("3.11", "except* body", "import os\ntry:\n    pass\nexcept* ValueError:\n    os.system('id')\n", "PJ403"),
    ("3.11", "except* type", "try:\n    pass\nexcept* f.__globals__['E']:\n    pass\n", "PJ201"),
    // Walrus (3.8).
    ("3.8", "walrus alias", "import os\nif (run := os.system):\n    run('id')\n", "PJ403"),
    ("3.8", "walrus folded name", "import os\nif (n := 'sys' + 'tem'):\n    getattr(os, n)('id')\n", "PJ403"),
    // Async comprehensions (3.6, in functions; 3.8 top-level await with a flag).
    ("3.8", "async comprehension", "import os\nasync def f(y):\n    return [os.system(x) async for x in y]\n", "PJ403"),
    ("3.8", "await in a comprehension", "async def f(y):\n    return [await g.__globals__[x] for x in y]\n", "PJ201"),
    ("3.8", "async generator", "import os\nasync def f(y):\n    return (os.system(x) async for x in y if await x)\n", "PJ403"),
    // Positional-only parameters (3.8) and parenthesized context managers (3.9/3.10).
    ("3.8", "positional-only defaults", "import os\ndef f(a=os.system('id'), /, b=1): ...\n", "PJ403"),
    ("3.9", "parenthesized with", "import os\nwith (\n    open(a) as x,\n    os.popen('id') as y,\n):\n    pass\n", "PJ403"),
    // Relaxed decorators (3.9).
    ("3.9", "relaxed decorator", "import os\n@[os.system][0]\ndef f(): ...\n", "PJ403"),
];

#[test]
fn every_construct_is_read_and_its_escape_found() {
    let linter = Linter::new(RuleSet::embedded());
    for (_, syntax, source, rule) in CASES {
        let linted = linter.lint_with_suppressed("case.py", source.as_bytes());
        if let Some(error) = &linted.error {
            panic!("{syntax}: {error}\n{source}");
        }
        assert!(
            linted.findings.iter().any(|f| f.rule_id == *rule),
            "{syntax}: no {rule} in {:?}\n{source}",
            linted.findings
        );
    }
}

/// `(minor version, interpreter)` of the CPython 3 installations pyenv holds.
fn interpreters() -> Vec<(u32, std::path::PathBuf)> {
    let root = std::env::var_os("PYENV_ROOT")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|home| std::path::Path::new(&home).join(".pyenv"))
        });
    let Some(Ok(versions)) = root.map(|root| std::fs::read_dir(root.join("versions"))) else {
        return Vec::new();
    };
    versions
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let minor = name.strip_prefix("3.")?.split('.').next()?.parse().ok()?;
            let python = entry.path().join("bin/python3");
            python.exists().then_some((minor, python))
        })
        .collect()
}

#[test]
fn cpython_agrees_on_the_version_of_each_case() {
    let check = r#"
import json, sys
for source in json.load(sys.stdin):
    try:
        compile(source, "case.py", "exec", flags=0x2000)  # top-level await
        print("ok")
    except SyntaxError:
        print("error")
"#;
    let sources: Vec<&str> = CASES.iter().map(|case| case.2).collect();
    let input = serde_json::to_string(&sources).unwrap();
    for (minor, python) in interpreters().into_iter().filter(|(minor, _)| *minor >= 8) {
        let mut child = std::process::Command::new(&python)
            .args(["-I", "-c", check])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let verdicts: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
        assert_eq!(verdicts.len(), CASES.len(), "{}", python.display());
        for ((since, syntax, source, _), verdict) in CASES.iter().zip(verdicts) {
            let since: u32 = since.strip_prefix("3.").unwrap().parse().unwrap();
            let expected = if since <= minor { "ok" } else { "error" };
            assert_eq!(
                verdict, expected,
                "3.{minor} on {syntax} (since 3.{since}):\n{source}"
            );
        }
    }
}
