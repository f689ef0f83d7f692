c = "exec(compile(c, 'a', 'exec'));" * 40
d = compile(c, '<s>', 'exec')
exec(d)
eval(compile("eval(compile(e, 'b', 'eval'))" + " or eval(e)" * 40, 'c', 'eval'))
e = "eval(compile(e, 'b', 'eval'))" + " or eval(e)" * 40
eval(e)
