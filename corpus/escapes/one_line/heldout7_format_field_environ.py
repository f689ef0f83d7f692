# restriction: calls to open/import blacklisted, flag in the environment; idea: str.format attribute and key fields walk from license to os.environ
print('{0.__init__.__globals__[sys].modules[os].environ[FLAG]}'.format(license))
