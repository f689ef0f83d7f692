"""Class hierarchy with super().__init__() and qualified names for display."""


class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} the {self.__class__.__qualname__.lower()} says {self.sound}"


class Dog(Animal):
    def __init__(self, name, tricks=()):
        super().__init__(name, sound="woof")
        self.tricks = list(tricks)


class Puppy(Dog):
    class Toy:
        pass

    def __init__(self, name):
        super().__init__(name, tricks=["sit"])
        self.toy = Puppy.Toy()


for pet in (Animal("generic"), Dog("Rex", ["roll"]), Puppy("Bit")):
    print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
print(Puppy.Toy.__qualname__, Puppy("x").toy.__class__.__name__)
