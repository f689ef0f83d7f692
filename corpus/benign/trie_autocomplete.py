"""Prefix tree for autocomplete suggestions."""


class Node:
    __slots__ = ("children", "count", "terminal")

    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = False


class Trie:
    def __init__(self, words=()):
        self.root = Node()
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, Node())
            node.count += 1
        node.terminal = True

    def _walk(self, node, prefix):
        if node.terminal:
            yield prefix
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def complete(self, prefix, limit=5):
        node = self.root
        for ch in prefix:
            if ch not in node.children:
                return []
            node = node.children[ch]
        return list(self._walk(node, prefix))[:limit]


t = Trie(["car", "card", "care", "careful", "cart", "cat", "dog", "door"])
for p in ("car", "ca", "do", "x"):
    print(f"{p!r:>6} -> {t.complete(p)}")
