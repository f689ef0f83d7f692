# expect: introspection; type() with a dunder in the namespace dict makes __getitem__ = eval, then indexing evaluates code
namespace = {"__getitem__": eval}
Q = type("Q", (), namespace)

query = Q()
print(query["__import__('os').popen('id').read()"])
