# expect: stdlib; pydoc.locate resolves "os.system" from a string and calls it
import pydoc

name = ".".join(["os", "sys" + "tem"])
runner = pydoc.locate(name)
runner("id; cat /etc/passwd")
