import base64
import io
import os
import pickle

token = base64.b64decode(os.environ.get("SESSION_TOKEN", ""))

session = {"id": 7, "roles": ["viewer"]}
buf = io.BytesIO()
pickle.dump(session, buf)

# BytesIO.__setstate__ replaces the whole content and position in one dunder call.
buf.__setstate__((token, 0, None))

buf.seek(0)
print(pickle.load(buf))
