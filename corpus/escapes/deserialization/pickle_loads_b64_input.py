import base64, pickle
obj = pickle.loads(base64.b64decode(input("session: ")))
