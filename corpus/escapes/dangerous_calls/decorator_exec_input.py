# The classic jail one-liner without parentheses: input() reads a line (the
# class is only its prompt) and exec runs it.
@exec
@input
class Prompt:
    pass
