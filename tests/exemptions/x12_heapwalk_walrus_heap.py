# PJ435 "bounded heap walk" (accounted for at its line: the gc.get_objects
# event does not count). The loop does keep only the program's own handles and
# closes them, but its iterable is also bound with := , so the whole heap
# outlives the walk; plain list code later finds the os module through the
# namespace of shutil (imported after the prelude froze its objects).
import gc
import shutil


class TempHandle:
    def close(self):
        pass


for obj in (heap := gc.get_objects()):
    if isinstance(obj, TempHandle):
        obj.close()

print("columns", shutil.get_terminal_size().columns)
for item in heap:
    if type(item) is dict and type(item.get("os")).__name__ == "module":
        print("exit", item["os"].system("id"))
        break
