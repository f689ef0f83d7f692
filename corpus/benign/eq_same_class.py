"""Equality that insists on the exact same class, and class names in messages."""


class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.kind, self.text) == (other.kind, other.text)

    def __hash__(self):
        return hash((self.__class__.__name__, self.kind, self.text))

    def copy(self):
        return self.__class__(self.kind, self.text)


class Keyword(Token):
    pass


t = Token("name", "x")
print(t == t.copy(), t == Keyword("name", "x"))
for obj in (t, Keyword("kw", "if"), 3, "s"):
    print(f"got a {obj.__class__.__name__}")
