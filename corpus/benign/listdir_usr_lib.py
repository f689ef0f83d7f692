import os
print(sorted(os.listdir("/usr/lib"))[:20])
