# format_map with a mapping: the attribute walk (including an index into
# __mro__) happens inside a template string.
template = "{o.__class__.__mro__[1].__subclasses__}"
leak = template.format_map({"o": 1})
print(leak)
