# expect: introspection; a for-loop target assigns eval to a class's __add__, so obj + "src" evaluates src
class Box:
    pass


for Box.__add__ in [eval]:
    pass

Box() + "__import__('subprocess').call(['sh', '-c', 'id'])"
