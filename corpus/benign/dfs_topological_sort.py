"""Topological order of build steps with a depth-first search."""


def topo_sort(deps):
    order, state = [], {}

    def visit(node):
        if state.get(node) == "done":
            return
        if state.get(node) == "active":
            raise ValueError(f"cycle at {node}")
        state[node] = "active"
        for dep in deps.get(node, ()):
            visit(dep)
        state[node] = "done"
        order.append(node)

    for node in deps:
        visit(node)
    return order


DEPS = {
    "app": ["lib", "config"],
    "lib": ["core"],
    "config": ["core"],
    "core": [],
}
print(topo_sort(DEPS))
