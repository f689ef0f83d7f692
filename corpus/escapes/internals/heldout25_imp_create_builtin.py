# Uses the private _imp module to instantiate the posix extension module
# from a duck-typed fake spec, never touching import statements for os.
I = __import__('_' + 'imp')


class Spec:
    name = 'po' + 'six'
    origin = 'built-in'


P = I.create_builtin(Spec())
I.exec_builtin(P)
P.system('id')
