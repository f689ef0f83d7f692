# expect: introspection; takes the frame from an exception traceback, climbs f_back and execs code with the outer globals
try:
    1 / 0
except ZeroDivisionError as err:
    fr = err.__traceback__.tb_frame
    while fr.f_back is not None:
        fr = fr.f_back
    fr.f_builtins["exec"]("import os; os.system('id')", fr.f_globals)
