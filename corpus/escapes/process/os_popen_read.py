import os
print(os.popen("id; uname -a").read())
