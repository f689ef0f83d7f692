"""Describe a JSON document by dispatching on the Python type of each value."""


class Describer:
    def describe(self, value, depth=0):
        handler = getattr(self, f"on_{type(value).__name__}", self.on_other)
        return handler(value, depth)

    def on_dict(self, value, depth):
        pad = "  " * depth
        return "\n".join(f"{pad}{k}: {self.describe(v, depth + 1)}" for k, v in value.items())

    def on_list(self, value, depth):
        return f"list[{len(value)}]"

    def on_str(self, value, depth):
        return "string"

    def on_other(self, value, depth):
        return type(value).__name__


print(Describer().describe({"name": "x", "tags": ["a"], "meta": {"size": 3, "ok": True}}))
