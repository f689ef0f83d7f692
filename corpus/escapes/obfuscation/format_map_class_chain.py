template = "{obj.__class__.__base__.__subclasses__}"
print(template.format_map({"obj": ()}))
