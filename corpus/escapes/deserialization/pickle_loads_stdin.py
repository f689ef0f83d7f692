import pickle, sys
state = pickle.loads(sys.stdin.buffer.read())
print(state)
