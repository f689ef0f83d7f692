"""copy.copy vs copy.deepcopy on a small graph with a cycle, plus a custom __deepcopy__."""
import copy


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []

    def __repr__(self):
        return f"Node({self.name!r}, edges={[e.name for e in self.edges]})"


class Config:
    def __init__(self, values, cache=None):
        self.values = values
        self.cache = cache if cache is not None else {}

    def __deepcopy__(self, memo):
        # copy the values but start with an empty cache
        return Config(copy.deepcopy(self.values, memo))


if __name__ == "__main__":
    a, b, c = Node("a"), Node("b"), Node("c")
    a.edges = [b, c]
    b.edges = [c]
    c.edges = [a]  # cycle

    shallow = copy.copy(a)
    deep = copy.deepcopy(a)
    print("shallow shares edges:", shallow.edges is a.edges)
    print("deep shares edges:", deep.edges is a.edges)
    print("cycle preserved in deep copy:", deep.edges[1].edges[0] is deep)
    print(deep, deep.edges)

    cfg = Config({"lr": 0.1, "layers": [64, 32]}, cache={"warm": True})
    cfg2 = copy.deepcopy(cfg)
    cfg2.values["layers"].append(16)
    print("original layers:", cfg.values["layers"], "copy layers:", cfg2.values["layers"])
    print("copy cache:", cfg2.cache)
