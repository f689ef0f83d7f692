# super() objects expose __thisclass__; walking its __mro__ ends at object.
class Probe:
    def walk(self):
        owner = super().__thisclass__
        return owner.__mro__[-1].__subclasses__()


print(len(Probe().walk()))
