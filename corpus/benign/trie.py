"""A prefix tree supporting insert, lookup and prefix listing."""


class Trie:
    __slots__ = ("children", "terminal")

    def __init__(self):
        self.children = {}
        self.terminal = False

    def insert(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
        node.terminal = True

    def __contains__(self, word):
        node = self
        for ch in word:
            node = node.children.get(ch)
            if node is None:
                return False
        return node.terminal

    def words(self, prefix=""):
        if self.terminal:
            yield prefix
        for ch, child in sorted(self.children.items()):
            yield from child.words(prefix + ch)


t = Trie()
for w in ["tea", "ten", "to", "inn", "in"]:
    t.insert(w)
print("ten" in t, "te" in t, list(t.words()))
