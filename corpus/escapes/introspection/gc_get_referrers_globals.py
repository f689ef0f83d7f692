import gc
for ref in gc.get_referrers(print):
    if isinstance(ref, dict) and "__builtins__" in ref:
        print(ref.keys())
