//! Identifiers as CPython sees them.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// NFKC-normalises an identifier, as CPython's tokenizer does (PEP 3131): `ｅｖａｌ` is
/// `eval`. The parser used here keeps identifiers as written, so every name is passed
/// through this before it is compared with anything.
pub(crate) fn normalize(identifier: &str) -> Cow<'_, str> {
    if identifier.is_ascii() {
        Cow::Borrowed(identifier)
    } else {
        Cow::Owned(identifier.nfkc().collect())
    }
}

/// Builtins whose meaning matters to some rule or to constant folding. A name resolves to a
/// builtin only when nothing in scope shadows it.
const BUILTINS: &[&str] = &[
    "__build_class__",
    "__builtins__",
    "__import__",
    "__loader__",
    "__spec__",
    "ascii",
    "breakpoint",
    "bytearray",
    "bytes",
    "chr",
    "compile",
    "delattr",
    "dict",
    "dir",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hex",
    "int",
    "list",
    "locals",
    "map",
    "object",
    "oct",
    "ord",
    "range",
    "repr",
    "reversed",
    "setattr",
    "str",
    "super",
    "tuple",
    "type",
    "vars",
];

/// The canonical `&'static str` of a tracked builtin name.
pub(crate) fn builtin(name: &str) -> Option<&'static str> {
    BUILTINS.binary_search(&name).ok().map(|i| BUILTINS[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfkc_folds_compatibility_characters() {
        assert_eq!(normalize("ｅｖａｌ"), "eval");
        assert_eq!(normalize("𝐞𝐯𝐚𝐥"), "eval");
        assert_eq!(normalize("__ｇｌｏｂａｌｓ__"), "__globals__");
        assert!(matches!(normalize("plain"), Cow::Borrowed("plain")));
    }

    #[test]
    fn builtin_table_is_sorted() {
        assert!(BUILTINS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(builtin("getattr"), Some("getattr"));
        assert_eq!(builtin("os"), None);
    }
}
