import pickle


def is_picklable(obj):
    try:
        pickle.loads(pickle.dumps(obj))
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return True


candidates = [1, "text", [1, 2], lambda x: x, {"k": (1, 2)}, open]
for c in candidates:
    print(type(c).__name__, is_picklable(c))
