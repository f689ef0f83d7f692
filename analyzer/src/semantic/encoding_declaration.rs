//! PJ503 `encoding-declaration`: a source encoding declaration that changes the code.
//!
//! **What it does.** Finds a PEP 263 declaration (`# coding: ...` on the first two lines)
//! naming a codec under which the file means something else than its UTF-8 text
//! (`unicode_escape`, `raw_unicode_escape`, `utf-7`, EBCDIC code pages such as `cp037`, ...). Declarations of
//! UTF-8, ASCII and the common 8-bit codecs stay quiet. The file is also reported as an
//! input pyjail could not lint. Source bytes passed to `exec`/`eval`/`compile` are decoded
//! by their declaration too, and are checked the same way.
//!
//! **Why is this bad?** CPython decodes the file with that codec before it tokenizes it, so
//! what runs is not what a reviewer, an editor or a linter reads: under `unicode_escape` a
//! comment holding `\x0a` ends the comment and the rest of its line runs as code.
//!
//! **Example.**
//! ```python
//! # coding: unicode_escape
//! # harmless comment\x0aimport os; os.system("id")
//! ```

use super::Meta;
use crate::capability::Capability;
use crate::checker::RawFinding;
use crate::rules::RuleSet;
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ503",
    name: "encoding-declaration",
    severity: Severity::High,
    category: "obfuscation",
    capability: Capability::CodeExec,
    message: "source encoding declaration `{name}`: Python runs something else than the text shown",
    description: "Finds a PEP 263 declaration (`# coding: ...` on the first two lines) naming a codec under which the file means something else than its UTF-8 text (`unicode_escape`, `raw_unicode_escape`, `utf-7`, EBCDIC code pages such as `cp037`, ...). Declarations of UTF-8, ASCII and the common 8-bit codecs stay quiet. The file is also reported as an input pyjail could not lint. Source bytes passed to `exec`/`eval`/`compile` are decoded by their declaration too, and are checked the same way.",
    rationale: "CPython decodes the file with the declared codec before tokenizing it, so what runs is not what a reviewer, an editor or a linter reads: under `unicode_escape` a comment holding `\\x0a` ends the comment and the rest of its line runs as code. No reviewer can see the code of such a file.",
    example: "# coding: unicode_escape\n# harmless comment\\x0aimport os; os.system(\"id\")",
    fix: "Re-encode the file as UTF-8 and remove the declaration. `# pyjail: ignore[PJ503]` hides the finding, not the error: such a file is never reported as linted.",
    references: &["https://peps.python.org/pep-0263/", "https://docs.python.org/3/library/codecs.html#text-encodings"],
};

/// The finding for a declaration of `encoding` at `range`, unless the rule is off.
pub(crate) fn finding(
    rules: &RuleSet,
    range: (usize, usize),
    encoding: &str,
) -> Option<RawFinding> {
    let idx = super::Semantic::EncodingDeclaration.into();
    let rule = rules.rule(idx);
    rule.enabled.then(|| RawFinding {
        rule: idx,
        range,
        message: rule.doc.message.replace("{name}", encoding),
        target: None,
    })
}
