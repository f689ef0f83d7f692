# A decorator lambda receives the class and replaces it with object's subclasses.
@lambda cls: cls.__base__.__subclasses__()
class Probe:
    pass


print(len(Probe))
