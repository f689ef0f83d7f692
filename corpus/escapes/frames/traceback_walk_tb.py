# traceback.walk_tb over a caught exception's traceback.
import traceback

try:
    [][1]
except IndexError as exc:
    frames = [f for f, _ in traceback.walk_tb(exc.__traceback__)]
    print(frames[0].f_globals["__builtins__"])
