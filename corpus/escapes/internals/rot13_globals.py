# codecs rot13 of "__tybonyf__" is "__globals__".
import codecs


def f():
    pass


print(getattr(f, codecs.decode("__tybonyf__", "rot13")))
