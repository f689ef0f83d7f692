c = "exec('exec(%r)' % c * 2)"
exec(c)
code = "s = 'x' * 10**9\nexec(s * 10**9)\nexec(str([s] * 10**9))"
exec(code)
exec(code * 1000)
