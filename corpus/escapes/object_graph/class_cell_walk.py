# The implicit __class__ cell that super() relies on hands out the class object,
# which is then walked up to object.
class Box:
    def who(self):
        return __class__


root = Box().who().__base__
print(root.__subclasses__()[:10])
