# expect: introspection; comprehension-target assignment sets _Printer.__getitem__ to eval, then license[...] evaluates a string
# one expression, no "=" and no call of eval by name: the comprehension target does the binding
print(
    [license["__import__('os').system('id')"]
     for license.__class__.__getitem__ in [eval]]
)
