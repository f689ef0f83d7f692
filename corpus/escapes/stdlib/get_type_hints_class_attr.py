# expect: stdlib; typing.get_type_hints evaluates a string class annotation that runs a command
import typing


class Settings:
    retries: "int"
    banner: "__import__('os').popen('id').read()"


hints = typing.get_type_hints(Settings)
print(hints["banner"])
