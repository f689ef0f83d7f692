# The frame walk happens inside a format template.
try:
    raise OSError("x")
except OSError as err:
    print("{0.__traceback__.tb_frame.f_globals}".format(err))
