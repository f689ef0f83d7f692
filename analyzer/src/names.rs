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

/// The canonical `&'static str` of a builtin whose meaning matters to some rule or to
/// constant folding. A name resolves to a builtin only when nothing in scope shadows it.
/// Whether a builtin is a function of the `builtins` module (whose `__self__` is that
/// module), not a type.
pub(crate) fn is_builtin_function(name: &str) -> bool {
    !matches!(
        name,
        "bytearray"
            | "bytes"
            | "dict"
            | "int"
            | "list"
            | "map"
            | "object"
            | "range"
            | "reversed"
            | "str"
            | "super"
            | "tuple"
            | "type"
            | "__builtins__"
            | "__loader__"
            | "__spec__"
    )
}

/// Modules a sandbox commonly pre-binds (or a REPL has imported): a free name that is one
/// of these is taken to be the module, as the code would only run if it were.
pub(crate) fn assumed_module(name: &str) -> bool {
    matches!(
        name,
        "os" | "sys"
            | "subprocess"
            | "_posixsubprocess"
            | "posix"
            | "nt"
            | "pdb"
            | "io"
            | "_io"
            | "builtins"
            | "ctypes"
            | "_ctypes"
            | "gc"
            | "importlib"
            | "socket"
            | "_socket"
            | "shutil"
            | "pty"
            | "signal"
            | "marshal"
            | "pickle"
            | "code"
            | "runpy"
            | "inspect"
            | "types"
            | "fcntl"
            | "multiprocessing"
            | "mmap"
            | "posixpath"
            | "codecs"
            | "pathlib"
            | "typing"
    )
}

pub(crate) fn builtin(name: &str) -> Option<&'static str> {
    // A `match` (length first, then bytes): most names looked up are not builtins.
    Some(match name {
        "__build_class__" => "__build_class__",
        "__builtins__" => "__builtins__",
        "__import__" => "__import__",
        "__loader__" => "__loader__",
        "__spec__" => "__spec__",
        "abs" => "abs",
        "all" => "all",
        "any" => "any",
        "ascii" => "ascii",
        "breakpoint" => "breakpoint",
        "bytearray" => "bytearray",
        "bytes" => "bytes",
        "callable" => "callable",
        "chr" => "chr",
        "compile" => "compile",
        "delattr" => "delattr",
        "dict" => "dict",
        "dir" => "dir",
        "divmod" => "divmod",
        "eval" => "eval",
        "exec" => "exec",
        "format" => "format",
        "getattr" => "getattr",
        "globals" => "globals",
        "hasattr" => "hasattr",
        "hash" => "hash",
        "help" => "help",
        "hex" => "hex",
        "id" => "id",
        "input" => "input",
        "int" => "int",
        "isinstance" => "isinstance",
        "issubclass" => "issubclass",
        "iter" => "iter",
        "len" => "len",
        "list" => "list",
        "locals" => "locals",
        "map" => "map",
        "max" => "max",
        "min" => "min",
        "next" => "next",
        "object" => "object",
        "oct" => "oct",
        "open" => "open",
        "ord" => "ord",
        "pow" => "pow",
        "print" => "print",
        "range" => "range",
        "repr" => "repr",
        "reversed" => "reversed",
        "round" => "round",
        "setattr" => "setattr",
        "sorted" => "sorted",
        "str" => "str",
        "sum" => "sum",
        "super" => "super",
        "tuple" => "tuple",
        "type" => "type",
        "vars" => "vars",
        _ => return None,
    })
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
    fn builtins_are_known_by_name() {
        assert_eq!(builtin("getattr"), Some("getattr"));
        assert_eq!(builtin("__import__"), Some("__import__"));
        assert_eq!(builtin("os"), None);
    }
}
