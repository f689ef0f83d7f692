//! PJ502 `nfkc-identifier`: an identifier that NFKC normalisation changes.
//!
//! **What it does.** Finds identifiers written with compatibility characters (full-width
//! letters, mathematical alphanumerics, ligatures) that CPython folds to another name.
//!
//! **Why is this bad?** CPython normalises identifiers with NFKC, so `ｅｖａｌ` *is* `eval`
//! and `__ｇｌｏｂａｌｓ__` *is* `__globals__`, while a reader, a grep or a naive linter sees
//! different names. pyjail applies the same normalisation before every other rule; this
//! finding marks the disguise itself.
//!
//! **Example.**
//! ```python
//! ｅｖａｌ("1")
//! ```

use super::Meta;
use crate::capability::Capability;
use crate::checker::Checker;
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ502",
    name: "nfkc-identifier",
    severity: Severity::Low,
    category: "obfuscation",
    capability: Capability::Introspection,
    message: "identifier is written with characters Python normalises to `{name}`",
    description: "Finds identifiers written with compatibility characters (full-width letters, mathematical alphanumerics, ligatures) that CPython folds to another name.",
    rationale: "CPython normalises identifiers with NFKC (PEP 3131): `ｅｖａｌ` is `eval`, `__ｇｌｏｂａｌｓ__` is `__globals__`. Readers, grep and naive linters see different names. pyjail normalises before applying every other rule, so the dangerous name is reported by its own rule; this finding marks the disguise.",
    example: "ｅｖａｌ(\"1\")",
    fix: "Write identifiers in plain form. Suppress with `# pyjail: ignore[PJ502]`.",
    references: &["https://peps.python.org/pep-3131/", "https://docs.python.org/3/reference/lexical_analysis.html#identifiers"],
};

pub(crate) fn report(
    checker: &mut Checker<'_, '_>,
    range: (usize, usize),
    raw: &str,
    normalized: &str,
) {
    checker.report_detail(
        super::Semantic::NfkcIdentifier,
        range,
        normalized,
        &format!(" (written `{raw}`)"),
    );
}
