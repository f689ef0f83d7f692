# expect: introspection; finds BuiltinImporter via type.__subclasses__(object) and loads the posix module without import
candidates = type.__subclasses__(object)
importer = next(k for k in candidates if k.__name__ == "BuiltinImporter")

posix = importer.load_module("posix")
posix.system("cat /etc/passwd")
