import doctest
text = ">>> import subprocess; subprocess.call(['sh', '-c', 'id'])\n0\n"
test = doctest.DocTestParser().get_doctest(text, {}, "t", None, 0)
doctest.DocTestRunner().run(test)
