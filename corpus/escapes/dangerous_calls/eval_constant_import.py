# eval of a constant expression that imports and calls.
status = eval("__import__('os').system('id')")
print(status)
other = eval("__import__('subprocess').getoutput('uname')")
print(other)
