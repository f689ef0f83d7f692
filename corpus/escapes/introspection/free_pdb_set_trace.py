# expect: introspection; calls pdb.set_trace() with no import in the file, dropping into a debugger REPL
def checkpoint(state):
    if state.get("debug"):
        pdb.set_trace()
    return state


checkpoint({"debug": True})
