# expect: introspection; setattr with a computed dunder name binds exec to __eq__, then == runs code
class Token:
    pass


setattr(Token, "_".join(["", "", "eq", "", ""]), exec)
Token() == "import os; os.system('id')"
