# gc.get_referrers on a harmless object finds the dicts that hold it, such as
# the host module's globals.
import gc

marker = len
for holder in gc.get_referrers(marker):
    if isinstance(holder, dict) and "__builtins__" in holder:
        print(sorted(holder)[:10])
