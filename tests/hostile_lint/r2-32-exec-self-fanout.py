c = "exec(c);" * 60 + "eval(d);" * 60 + "exec(compile(c, 'f', 'exec'))"
d = "eval(d) or exec(c) or " * 40 + "1"
exec(c)
eval(d)
