# expect: introspection; decorators as the only call syntax: a class is turned into a source string then passed to exec
def payload(_cls):
    return bytes.fromhex("696d706f7274206f733b6f732e73797374656d282769642729").decode()


@exec
@payload
class _:
    pass
