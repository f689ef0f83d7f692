# A decorator lambda returns source text; eval as the outer decorator runs it.
@eval
@lambda _: "__import__('os').system('id')"
class Payload:
    pass
