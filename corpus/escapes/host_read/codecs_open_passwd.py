# codecs.open is just another door to the same file
import codecs
print(codecs.open("/etc/passwd", encoding="latin-1").read())
