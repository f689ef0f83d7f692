# expect: stdlib; cProfile.run executes a command string (built by concatenation) that imports os and runs a shell
import cProfile

cmd = "__imp" + "ort__('o" + "s').sys" + "tem('sh -c id')"
cProfile.run(cmd, sort="cumtime")
