"""Pick a compression backend by name from a fixed table of standard-library modules."""
import importlib

BACKENDS = {
    "gzip": "gzip",
    "bz2": "bz2",
    "xz": "lzma",
}


def get_backend(name: str):
    try:
        module_name = BACKENDS[name]
    except KeyError:
        raise ValueError(f"unsupported compression {name!r}; choose from {sorted(BACKENDS)}") from None
    return importlib.import_module(module_name)


codec = get_backend("xz")
blob = codec.compress(b"hello " * 100)
print(len(blob), codec.decompress(blob)[:11])
