# expect: stdlib; dill.loads of serialized bytes rebuilding a function that runs a command, then calls it
import base64

import dill

blob = base64.b64decode(open("job.b64").read())
task = dill.loads(blob)
task()
