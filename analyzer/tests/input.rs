//! Bad input: always a clear `SourceError` (or findings), never a panic, a stack overflow
//! or a hang. These run on the test harness's ordinary threads (2 MiB stacks), in debug
//! builds: the linter must find its own stack.

use analyzer::{Linter, RuleSet, SourceError};

fn linter() -> Linter {
    Linter::new(RuleSet::embedded())
}

fn error(source: &[u8]) -> SourceError {
    match linter().lint("bad.py", source) {
        Err(err) => err,
        Ok(findings) => panic!("linted with {} findings", findings.len()),
    }
}

#[test]
fn syntax_error_points_at_the_spot() {
    let err = error(b"x = 1\ndef f(:\n    pass\n");
    assert_eq!(err.kind(), "syntax");
    let at = err.location().unwrap();
    assert_eq!((at.start.line, at.start.column), (2, 7));
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let err = error(b"x = 'ok'\ny = '\xff'\n");
    assert_eq!(err.kind(), "invalid-utf8");
    assert!(err.to_string().contains("byte offset 14"), "{err}");
    assert_eq!(err.location().unwrap().range.0, 14);
}

#[test]
fn nul_bytes_are_refused() {
    let err = error(b"x = 1\x00\n");
    assert_eq!(err.kind(), "nul-byte");
    assert_eq!(err.location().unwrap().range.0, 5);
}

#[test]
fn byte_order_mark_keeps_offsets_right() {
    let source = b"\xef\xbb\xbfimport os\nos.system('id')\n";
    let findings = linter().lint("bom.py", source).unwrap();
    let f = findings.iter().find(|f| f.rule_id == "PJ403").unwrap();
    assert_eq!(&source[f.range.0..f.range.1], b"os.system");
    assert_eq!((f.start.line, f.start.column), (2, 1));
    let first = linter()
        .lint("bom.py", b"\xef\xbb\xbf__import__('os')\n")
        .unwrap();
    assert_eq!((first[0].range.0, first[0].start.column), (3, 1));
}

#[test]
fn empty_and_blank_sources_are_clean() {
    assert!(linter().lint("e.py", b"").unwrap().is_empty());
    assert!(linter()
        .lint("e.py", b"\n\n# only a comment\n")
        .unwrap()
        .is_empty());
}

#[test]
fn nesting_beyond_cpython_limits_is_refused() {
    let brackets = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    assert!(matches!(
        error(brackets.as_bytes()),
        SourceError::TooDeep {
            what: "nested brackets",
            limit: 200,
            ..
        }
    ));

    let mut blocks = String::new();
    for depth in 0..5000 {
        blocks.push_str(&" ".repeat(depth));
        blocks.push_str("if x:\n");
    }
    blocks.push_str(&" ".repeat(5000));
    blocks.push_str("pass\n");
    let err = error(blocks.as_bytes());
    assert!(
        matches!(
            err,
            SourceError::TooDeep {
                what: "indentation levels",
                limit: 100,
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(err.location().unwrap().start.line, 102);

    for chain in [
        format!("x = {}a\n", "not ".repeat(100_000)),
        format!("x = {}\n", vec!["a"; 100_000].join(" + ")),
        format!("x = a{}\n", ".b".repeat(100_000)),
        format!("x = f{}\n", "()".repeat(100_000)),
        format!("x = {}1\n", "lambda: ".repeat(100_000)),
        format!(
            "x = f\"{{{}1{}}}\"\n",
            "-(".repeat(50_000),
            ")".repeat(50_000)
        ),
        format!("x = {}2\n", "2**".repeat(100_000)),
        format!("x = {}1\n", "~".repeat(5_000_000)),
        format!("x = {}1\n", "-".repeat(100_000)),
    ] {
        let err = error(chain.as_bytes());
        assert!(
            matches!(err, SourceError::TooDeep { .. }),
            "{}...: {err}",
            &chain[..20]
        );
        assert!(err.to_string().contains("too deeply nested"), "{err}");
    }
}

#[test]
fn deep_trees_below_the_scan_limit_are_refused_by_the_walk() {
    // 19,000 nested `not`: parsed (and dropped) on the linter's own stack, refused by the walk.
    let source = format!("x = {}a\n", "not ".repeat(19_000));
    let err = error(source.as_bytes());
    assert!(
        matches!(
            err,
            SourceError::TooDeep {
                what: "syntax tree depth",
                limit: 2500,
                ..
            }
        ),
        "{err}"
    );
    let chain = format!("x = {}\n", vec!["a"; 4000].join(" + "));
    assert!(matches!(
        error(chain.as_bytes()),
        SourceError::TooDeep { .. }
    ));
}

#[test]
fn nesting_within_limits_is_linted() {
    let parens = format!("x = {}f.__globals__{}\n", "(".repeat(200), ")".repeat(200));
    assert_eq!(
        linter().lint("p.py", parens.as_bytes()).unwrap()[0].rule_id,
        "PJ201"
    );
    let chain = format!("x = {}\n", vec!["a"; 1000].join(" + "));
    assert!(linter().lint("c.py", chain.as_bytes()).unwrap().is_empty());
    let mut blocks = String::new();
    for depth in 0..99 {
        blocks.push_str(&" ".repeat(depth));
        blocks.push_str("if x:\n");
    }
    blocks.push_str(&" ".repeat(99));
    blocks.push_str("f.__globals__\n");
    assert_eq!(
        linter().lint("b.py", blocks.as_bytes()).unwrap()[0].rule_id,
        "PJ201"
    );
}

#[test]
fn oversized_source_is_refused_without_parsing() {
    let big = vec![b'#'; analyzer::MAX_SOURCE_BYTES as usize + 1];
    assert!(matches!(error(&big), SourceError::TooLarge { .. }));
}

#[test]
fn broken_code_keeps_its_findings() {
    // The parser recovers: the escapes around the half-typed lines 3 and 4 are found.
    let source = b"import os\nos.system('id')\nx = obj.\nif x\n    pass\ng = f.__globals__\n";
    let linted = linter().lint_with_suppressed("broken.py", source);
    let err = linted.error.expect("a syntax error");
    assert_eq!(err.kind(), "syntax");
    assert_eq!(err.location().unwrap().start.line, 3);
    let rules: Vec<&str> = linted.findings.iter().map(|f| f.rule_id.as_str()).collect();
    assert!(rules.contains(&"PJ403"), "{rules:?}");
    assert!(rules.contains(&"PJ201"), "after the error too: {rules:?}");
    // `lint` is strict: a source with an error is an error.
    assert_eq!(error_kind(source), "syntax");
    // An unclosed bracket or quote does not hide the code after it.
    for broken in [
        "import os\nx = foo(\n\ndef f():\n    os.system('id')\n",
        "import os\nx = [1, 2\nos.system('id')\n",
        "import os\nx = 'abc\nos.system('id')\n",
    ] {
        let linted = linter().lint_with_suppressed("broken.py", broken.as_bytes());
        assert_eq!(linted.error.map(|e| e.kind()), Some("syntax"), "{broken}");
        assert!(
            linted.findings.iter().any(|f| f.rule_id == "PJ403"),
            "{broken}"
        );
    }
}

fn error_kind(source: &[u8]) -> &'static str {
    error(source).kind()
}

#[test]
fn syntax_of_newer_python_names_the_construct_and_version() {
    let linted = linter().lint_with_suppressed("lazy.py", b"lazy import os\nos.system('id')\n");
    let lazy = linted.error.expect("3.15 syntax is an error");
    assert_eq!(lazy.kind(), "unsupported-syntax");
    let message = lazy.to_string();
    assert!(message.contains("`lazy` import"), "{message}");
    assert!(message.contains("added in Python 3.15"), "{message}");
    assert_eq!(lazy.location().unwrap().start.line, 1);
    assert!(linted.findings.iter().any(|f| f.rule_id == "PJ403"));
    // Syntax Python removed is named the same way.
    let err = error(b"f((a)=1)\n");
    assert!(err.to_string().contains("removed in Python 3.8"), "{err}");
}

#[test]
fn code_hiding_encodings_are_a_finding_and_an_error() {
    let source = b"# coding: unicode_escape\n#\\x0aimport os\n";
    let linted = linter().lint_with_suppressed("enc.py", source);
    let err = linted.error.expect("never linted clean");
    assert_eq!(err.kind(), "unsupported-syntax");
    assert!(err.to_string().contains("unicode_escape"), "{err}");
    let finding = linted
        .findings
        .iter()
        .find(|f| f.rule_id == "PJ503")
        .expect("a PJ503 finding");
    assert_eq!(finding.severity, analyzer::Severity::High);
    assert_eq!(
        &source[finding.range.0..finding.range.1],
        b"# coding: unicode_escape"
    );
    // A suppression comment hides the finding, never the error.
    let suppressed = b"# coding: unicode_escape  # pyjail: ignore[PJ503]\n";
    let linted = linter().lint_with_suppressed("enc.py", suppressed);
    assert!(linted.error.is_some());
    assert_eq!(linted.suppressed.len(), 1);
    // Source bytes passed to exec are decoded with their declaration as well.
    let hidden = br##"exec(b"# coding: unicode_escape\n#\\x0aimport os; os.system('id')")"##;
    let findings = linter().lint("exec.py", hidden).unwrap();
    assert!(
        findings.iter().any(|f| f.rule_id == "PJ503"),
        "{findings:?}"
    );
    assert!(
        findings.iter().all(|f| f.rule_id != "PJ420"),
        "{findings:?}"
    );
    // Declarations that decode the file as pyjail reads it are fine.
    assert!(linter()
        .lint("utf8.py", b"# -*- coding: utf-8 -*-\nx = 1\n")
        .unwrap()
        .is_empty());
}

#[test]
fn exec_nesting_is_bounded() {
    let mut code = "f.__globals__".to_string();
    for _ in 0..8 {
        code = format!("exec({code:?})");
    }
    let findings = linter().lint("e.py", code.as_bytes()).unwrap();
    assert!(
        findings.iter().any(|f| f.rule_id == "PJ419"),
        "{findings:?}"
    );
}

/// Constant code passed to `exec` is linted within a budget per file: a file that names
/// half a megabyte of code once and passes it to `exec` on every line would otherwise have
/// it parsed on every line. What is past the budget is code that could not be analysed,
/// never clean.
#[test]
fn constant_code_passed_to_exec_is_linted_within_a_budget() {
    let mut source = String::from("payload = 'import os; os.system(0)\\n' + '#' * 2**19\n");
    source.push_str(&"exec(payload)\n".repeat(40));
    let findings = linter().lint("e.py", source.as_bytes()).unwrap();
    let on_line = |line: usize| -> Vec<&analyzer::Finding> {
        findings.iter().filter(|f| f.start.line == line).collect()
    };
    let linted = |f: &&analyzer::Finding| {
        f.message.contains("in code passed to `exec`") && f.message.contains("os.system")
    };
    let refused = |f: &&analyzer::Finding| {
        f.rule_id == "PJ419"
            && f.message.contains("could not be analysed")
            && f.message.contains("8 MiB")
    };
    assert!(on_line(2).iter().any(linted), "{:?}", on_line(2));
    assert!(on_line(41).iter().any(refused), "{:?}", on_line(41));
    for line in 2..=41 {
        assert!(
            on_line(line).iter().any(|f| linted(f) || refused(f)),
            "line {line}: {:?}",
            on_line(line)
        );
    }
    let first_refused = (2..=41).find(|&line| on_line(line).iter().any(refused));
    assert_eq!(
        first_refused,
        Some(17),
        "16 of half a megabyte fit in 8 MiB"
    );
}

/// Reading a large constant is counted too: a megabyte named once and stripped on thousands
/// of lines spends the file's folding budget, after which code passed to `exec` says why it
/// could not be analysed.
#[test]
fn reading_large_constants_spends_the_folding_budget() {
    let mut source = String::from("s = 'a' * 2**20\n");
    source.push_str(&"x = s.strip('a')\n".repeat(2_000));
    source.push_str("exec('import os; os.system(0)')\n");
    let started = std::time::Instant::now();
    let findings = linter().lint("r.py", source.as_bytes()).unwrap();
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    let last: Vec<_> = findings.iter().filter(|f| f.start.line == 2_002).collect();
    assert!(
        last.iter().any(|f| f.rule_id == "PJ419"
            && f.message.contains("could not be analysed")
            && f.message.contains("64 MiB budget")),
        "{last:?}"
    );
}

#[test]
fn linter_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Linter>();
}

/// A source with more findings than the analyzer keeps: the strongest stay whatever order
/// the walk makes them in (a function body is checked after the module code), and the rest
/// are counted per rule, those a comment suppresses apart.
#[test]
fn findings_past_the_cap_are_counted_per_rule() {
    use analyzer::{LeftOut, Severity, MAX_FINDINGS};
    let found = MAX_FINDINGS + 500;
    let mut source = "getattr(x, input())\n".repeat(found);
    source.push_str(&"getattr(x, input())  # pyjail: ignore[PJ501]\n".repeat(20));
    source.push_str("def f():\n    return print.__globals__\n");
    source.push_str("print.__globals__  # pyjail: ignore[PJ201]\n");
    let linted = linter().lint_with_suppressed("big.py", source.as_bytes());
    assert!(linted.error.is_none(), "{:?}", linted.error);
    assert_eq!(
        linted.findings.len() + linted.suppressed.len(),
        MAX_FINDINGS
    );
    let high = |f: &&analyzer::Finding| f.severity == Severity::High;
    assert_eq!(linted.findings.iter().filter(high).count(), 1);
    assert_eq!(linted.suppressed.len(), 1, "{:?}", linted.suppressed);
    assert_eq!(linted.suppressed[0].rule_id, "PJ201");
    // The kept medium findings are the earliest ones, in source order.
    let lines: Vec<usize> = linted.findings.iter().map(|f| f.start.line).collect();
    assert_eq!(lines[..3], [1, 2, 3]);
    assert!(lines.windows(2).all(|w| w[0] < w[1]));
    let kept_medium = MAX_FINDINGS - 2;
    assert_eq!(
        linted.left_out,
        [LeftOut {
            rule_id: "PJ501".into(),
            name: linted.findings[0].name.clone(),
            severity: Severity::Medium,
            category: linted.findings[0].category.clone(),
            capability: linted.findings[0].capability,
            count: found - kept_medium,
            suppressed: 20,
        }]
    );
}
