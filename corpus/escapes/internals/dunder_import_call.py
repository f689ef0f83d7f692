# __import__ called directly: no import statement for an AST filter that only
# looks at Import nodes.
os_mod = __import__("os")
print(os_mod.getcwd())
os_mod.system("cat /etc/passwd")
