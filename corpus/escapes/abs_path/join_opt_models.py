import os
base = "/opt/models"
print(open(os.path.join(base, "vocab.txt")).read()[:100])
