# breakpoint() now calls whatever we put in the hook
import sys
sys.breakpointhook = lambda *a, **k: __import__("os").system("sh")
breakpoint()
