"""Notebook cell: what exec and eval do with constant strings."""

x = 1
exec("x += 1")
print("after exec, x =", x)

print("eval of an expression:", eval("1 + 2 * 3"))

namespace = {}
exec("def square(n):\n    return n * n\n", namespace)
print("function defined by exec:", namespace["square"](7))

print("eval with its own names:", eval("a * b", {"a": 6, "b": 7}))
