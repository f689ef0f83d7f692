//! Which globals an unpickler may look up to rebuild plain data.
//!
//! A pickle names every callable it runs as a global (`module`, `name`), and the unpickler
//! looks each one up (the `pickle.find_class` audit event) before calling it. Rebuilding
//! plain data needs only constructors that run no code of their own: the built-in
//! containers and numbers, the standard library's value types, numpy's array
//! reconstructors, and the program's own top-level names (its classes and functions, which
//! run the program's own code: what they do raises its own events). Anything else (`os`,
//! `builtins.eval`, `builtins.getattr`, `subprocess`, a dotted name walked through a
//! module) is a pickle calling into something that is not data.

/// Whether `module.name` is a global that rebuilding plain data looks up.
pub fn is_plain_data_global(module: &str, name: &str) -> bool {
    match module {
        // The program's own names; a dotted name walks attributes (`os.system` through a
        // module the program imported), so only plain ones.
        "__main__" | "__mp_main__" => !name.contains('.') && !name.is_empty(),
        // `__builtin__` and `copy_reg` are Python 2's names, which protocols 0-2 write.
        "builtins" | "__builtin__" => matches!(
            name,
            "bool"
                | "bytearray"
                | "bytes"
                | "complex"
                | "dict"
                | "float"
                | "frozenset"
                | "int"
                | "list"
                | "object"
                | "range"
                | "set"
                | "slice"
                | "str"
                | "tuple"
        ),
        "copyreg" | "copy_reg" => matches!(name, "_reconstructor" | "__newobj__" | "__newobj_ex__"),
        // Protocols 2 and below write bytes as `_codecs.encode(text, "latin1")`.
        "_codecs" => name == "encode",
        "collections" => matches!(
            name,
            "OrderedDict" | "deque" | "defaultdict" | "Counter" | "ChainMap"
        ),
        "datetime" => matches!(
            name,
            "date" | "time" | "datetime" | "timedelta" | "timezone"
        ),
        "decimal" => name == "Decimal",
        "time" => name == "struct_time",
        "fractions" => name == "Fraction",
        "uuid" => matches!(name, "UUID" | "SafeUUID"),
        "array" => matches!(name, "array" | "_array_reconstructor"),
        "pathlib" => matches!(
            name,
            "Path" | "PosixPath" | "PurePath" | "PurePosixPath" | "PureWindowsPath" | "WindowsPath"
        ),
        "ipaddress" => matches!(
            name,
            "IPv4Address"
                | "IPv6Address"
                | "IPv4Network"
                | "IPv6Network"
                | "IPv4Interface"
                | "IPv6Interface"
        ),
        "types" => name == "SimpleNamespace",
        "functools" => name == "partial",
        // A compiled pattern pickles as its source and flags.
        "re" => name == "_compile",
        "numpy" => matches!(name, "ndarray" | "dtype"),
        "numpy.core.multiarray" | "numpy._core.multiarray" => {
            matches!(name, "_reconstruct" | "scalar")
        }
        "numpy.core.numeric" | "numpy._core.numeric" => name == "_frombuffer",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_plain_data_global;

    #[test]
    fn data_constructors_are_plain_data() {
        for (module, name) in [
            ("__main__", "Book"),
            ("builtins", "set"),
            ("copy_reg", "_reconstructor"),
            ("datetime", "date"),
            ("collections", "OrderedDict"),
            ("numpy.core.multiarray", "_reconstruct"),
        ] {
            assert!(is_plain_data_global(module, name), "{module}.{name}");
        }
    }

    #[test]
    fn callables_that_are_not_data_are_not() {
        for (module, name) in [
            ("os", "system"),
            ("posix", "system"),
            ("builtins", "eval"),
            ("builtins", "getattr"),
            ("builtins", "__import__"),
            ("__builtin__", "exec"),
            ("subprocess", "Popen"),
            ("__main__", "os.system"),
            ("__main__", ""),
            ("operator", "attrgetter"),
            ("collections", "namedtuple"),
        ] {
            assert!(!is_plain_data_global(module, name), "{module}.{name}");
        }
    }
}
