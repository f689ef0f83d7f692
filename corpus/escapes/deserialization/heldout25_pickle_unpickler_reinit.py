import pickle
import sys

with open("queue.pkl", "wb") as f:
    pickle.dump(["job-1", "job-2"], f)

f = open("queue.pkl", "rb")
u = pickle.Unpickler(f)
# Re-running __init__ swaps the stream under the unpickler.
u.__init__(sys.stdin.buffer)
print(u.load())
f.close()
