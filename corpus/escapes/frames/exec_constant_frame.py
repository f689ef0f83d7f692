# A frame escape inside a constant exec string: the code run by exec
# climbs to the frame that called exec and prints its globals.
source = "import sys\nprint(sys._getframe(0).f_back.f_globals)"
exec(source)
print("done")
