# ordinary: prefix trie for autocomplete with word counts, typed with typing annotations
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Tuple


@dataclass
class Node:
    children: Dict[str, "Node"] = field(default_factory=dict)
    count: int = 0


class Trie:
    def __init__(self) -> None:
        self.root = Node()

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, Node())
        node.count += 1

    def _walk(self, node: Node, prefix: str) -> Iterator[Tuple[str, int]]:
        if node.count:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def complete(self, prefix: str, k: int = 3) -> List[str]:
        node = self.root
        for ch in prefix:
            if ch not in node.children:
                return []
            node = node.children[ch]
        ranked = sorted(self._walk(node, prefix), key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in ranked[:k]]


t = Trie()
for w in "the then there their they them these this that than thaw tea team".split() + ["the", "the", "they"]:
    t.insert(w)
for p in ("th", "the", "te", "x"):
    print(f"{p!r}: {t.complete(p)}")
