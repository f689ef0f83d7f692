# ordinary: a typed container class uses __class_getitem__ to create cached, validating specialisations such as TypedList[int]
class TypedList(list):
    item_type = object
    _cache = {}

    def __class_getitem__(cls, item_type):
        if item_type not in cls._cache:
            cls._cache[item_type] = type(f"TypedList[{item_type.__name__}]", (cls,), {"item_type": item_type})
        return cls._cache[item_type]

    def append(self, value):
        if not isinstance(value, self.item_type):
            raise TypeError(f"expected {self.item_type.__name__}, got {type(value).__name__}")
        super().append(value)


Ints = TypedList[int]
scores = Ints()
for v in (3, 7, 11):
    scores.append(v)
print(type(scores).__name__, scores, sum(scores))
print("cached:", TypedList[int] is Ints)
try:
    scores.append("12")
except TypeError as err:
    print("refused:", err)
print(list[int], dict[str, float])
