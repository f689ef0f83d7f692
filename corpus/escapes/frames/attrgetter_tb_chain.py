# attrgetter walks __traceback__.tb_frame.f_back in one dotted lookup.
import operator

try:
    raise TypeError
except TypeError as e:
    walk = operator.attrgetter("__traceback__.tb_frame.f_back")
    print(walk(e))
