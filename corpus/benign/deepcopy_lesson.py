"""Shallow versus deep copies, with a custom __deepcopy__."""
import copy

original = {"name": "config", "servers": ["a", "b"], "limits": {"cpu": 2}}

alias = original
shallow = copy.copy(original)
deep = copy.deepcopy(original)

original["servers"].append("c")
original["limits"]["cpu"] = 4
original["name"] = "changed"

print("alias:  ", alias)
print("shallow:", shallow)
print("deep:   ", deep)


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
        self.parent_cache = {}

    def __deepcopy__(self, memo):
        clone = Node(copy.deepcopy(self.value, memo), copy.deepcopy(self.children, memo))
        return clone  # the cache is deliberately not copied


tree = Node(1, [Node(2), Node(3, [Node(4)])])
tree.parent_cache["x"] = 1
twin = copy.deepcopy(tree)
twin.children[1].children[0].value = 40
print(tree.children[1].children[0].value, twin.children[1].children[0].value, twin.parent_cache)
