//! PJ426 `unsafe-load-option`: a loader asked (or left) to unpickle or build any object.
//!
//! **What it does.** Finds `numpy.load(..., allow_pickle=True)`, `torch.load` without
//! `weights_only=True`, and `yaml.load` without a safe loader (`SafeLoader`,
//! `CSafeLoader`, `BaseLoader`).
//!
//! **Why is this bad?** With these options the data file is a program: pickles call what
//! `__reduce__` names, YAML's full and unsafe loaders construct any Python object
//! (`!!python/object/apply:os.system`).
//!
//! **Example.**
//! ```python
//! import yaml
//! yaml.load(open("config.yml"), Loader=yaml.Loader)
//! ```

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::Meta;
use crate::capability::Capability;
use crate::checker::{span, Checker};
use crate::fold::{Const, Folded};
use crate::severity::Severity;

pub(crate) const META: Meta = Meta {
    id: "PJ426",
    name: "unsafe-load-option",
    severity: Severity::High,
    category: "dangerous-call",
    capability: Capability::CodeExec,
    message: "`{name}` deserialises data that can run code",
    description: "Finds `numpy.load(..., allow_pickle=True)`, `torch.load` without `weights_only=True`, and `yaml.load` without a safe loader (`SafeLoader`, `CSafeLoader`, `BaseLoader`).",
    rationale: "With these options the data file is a program: pickles call whatever `__reduce__` names, and YAML's full and unsafe loaders construct any Python object (`!!python/object/apply:os.system`).",
    example: "import yaml\nyaml.load(open(\"config.yml\"), Loader=yaml.Loader)",
    fix: "Use `yaml.safe_load`, `numpy.load` without `allow_pickle`, `torch.load(..., weights_only=True)`. Suppress an intended use with `# pyjail: ignore[PJ426]`.",
    references: &["https://pyyaml.org/wiki/PyYAMLDocumentation", "https://numpy.org/doc/stable/reference/generated/numpy.load.html"],
};

pub(crate) fn is_target(name: &str) -> bool {
    matches!(
        name,
        "numpy.load" | "torch.load" | "yaml.load" | "yaml.load_all"
    )
}

pub(crate) fn check(checker: &mut Checker<'_, '_>, name: &str, call: &ast::ExprCall) {
    let keyword = |key: &str| {
        call.arguments
            .keywords
            .iter()
            .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == key))
            .map(|k| &k.value)
    };
    let is_true =
        |checker: &Checker<'_, '_>, e| matches!(checker.fold(e), Folded::Known(Const::Bool(true)));
    let (unsafe_, detail) = match name {
        "numpy.load" => (
            keyword("allow_pickle").is_some_and(|e| is_true(checker, e)),
            " (allow_pickle=True)",
        ),
        "torch.load" => (
            !keyword("weights_only").is_some_and(|e| is_true(checker, e)),
            " (without weights_only=True)",
        ),
        _ => {
            let loader = keyword("Loader").or_else(|| call.arguments.args.get(1));
            let safe = loader.is_some_and(|l| {
                checker.resolve(l).qualified_name().is_some_and(|q| {
                    matches!(
                        q.rsplit('.').next(),
                        Some("SafeLoader" | "CSafeLoader" | "BaseLoader" | "CBaseLoader")
                    )
                })
            });
            (!safe, " (without a safe loader)")
        }
    };
    if unsafe_ {
        checker.report_detail(
            super::Semantic::UnsafeLoadOption,
            span(call.range()),
            name,
            detail,
        );
    }
}
