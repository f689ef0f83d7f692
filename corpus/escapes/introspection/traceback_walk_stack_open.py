# expect: introspection; traceback.walk_stack walks to a frame that has real builtins and reads /root/flag.txt with its open
import traceback

for frame, _ in traceback.walk_stack(None):
    opener = frame.f_builtins.get("open")
    if opener is not None:
        print(opener("/root/flag.txt").read())
        break
