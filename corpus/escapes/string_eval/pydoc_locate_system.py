import pydoc
system = pydoc.locate("os.system")
system("id")
