# ordinary: simple record classes are generated from a schema with the three-argument type() call, including a generated __init__ and __repr__
SCHEMA = {
    "Point": ["x", "y"],
    "Course": ["code", "title", "credits"],
}


def make_record(name, fields):
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"{name} expects {len(fields)} values")
        for f, v in zip(fields, args):
            setattr(self, f, v)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"

    return type(name, (), {"__init__": __init__, "__repr__": __repr__, "fields": tuple(fields)})


classes = {name: make_record(name, fields) for name, fields in SCHEMA.items()}
p = classes["Point"](3, 4)
c = classes["Course"]("CS101", "Intro to Programming", 6)
print(p, (p.x ** 2 + p.y ** 2) ** 0.5)
print(c, classes["Course"].fields)
