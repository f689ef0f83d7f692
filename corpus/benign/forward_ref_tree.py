"""A tree node that refers to its own type with a string annotation."""
from typing import List, Optional, get_type_hints


class Node:
    def __init__(self, value: int, children: Optional[List["Node"]] = None):
        self.value = value
        self.children = children or []

    def total(self) -> int:
        return self.value + sum(c.total() for c in self.children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree.total(), get_type_hints(Node.__init__)["children"])
