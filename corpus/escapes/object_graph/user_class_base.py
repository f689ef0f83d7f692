# A freshly defined class is enough: its __base__ is object.
class Empty:
    pass


for cls in Empty.__base__.__subclasses__():
    if cls.__name__ == "_wrap_close":
        print(cls.__init__)
