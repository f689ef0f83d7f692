# exec(codecs.decode(..., 'rot13')) of the quadratic comprehension
import codecs
exec(codecs.decode('q = [[0]]*65000\nr = [q sbe v va enatr(65000)]\n', 'rot13'))
