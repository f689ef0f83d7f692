# Python 3.12 nested f-strings (PEP 701) reuse the same quote character at
# every level, so every name is assembled inside f-string replacement
# fields that naive tokenisers treat as one string literal.
q = 'o'
mod = f"{f"{f"{q}"}"}{"s"}"
fn = f"{"sy" + f"{"st"}"}em"
imp = eval(f"{"__imp"}{f"{"ort"}"}__")
getattr(imp(mod), fn)(f"{"i"}{"d"}")
