src = ''.join(' ' * i + 'if 1:\n' for i in range(20000)) + ' ' * 20000 + 'pass\n'
exec(src)
src2 = ''.join('\t' * i + 'def f():\n' for i in range(20000)) + '\t' * 20000 + 'return 1\n'
exec(src2)
src3 = ''.join(' ' * i + 'class C:\n' for i in range(20000)) + ' ' * 20000 + 'x = 1\n'
exec(src3)
