# Follow tb_next to the innermost frame, where host code raised, and read its locals.
def innermost_locals(exc):
    tb = exc.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_locals


try:
    int("x")
except ValueError as e:
    print(innermost_locals(e))
