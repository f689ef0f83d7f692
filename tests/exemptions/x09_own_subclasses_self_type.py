# "A class's own __subclasses__()" written as type(self).__subclasses__() in a
# method, called unbound with a plain object() as self: it lists object's
# subclasses. subprocess is imported with only a harmless attribute visible
# (subprocess.PIPE, documented as no finding), and Popen is taken from the list.
import subprocess


class Plugin:
    def children(self):
        return type(self).__subclasses__()


capture = subprocess.PIPE

for cls in Plugin.children(object()):
    if cls.__name__ == "Popen":
        proc = cls(["id"], stdout=capture)
        print(proc.communicate()[0].decode())
        break
