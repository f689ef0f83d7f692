# Python 3.12+ (PEP 695/696): a command in a type parameter's bound and default. Python
# evaluates them when the parameter is inspected (typing tools, `__type_params__`).
import os


class Registry[K: os.system("id"), V = os.popen("uname -a").read()]:
    def __init__(self) -> None:
        self.items: dict[K, V] = {}


print(Registry.__type_params__[0].__bound__)
