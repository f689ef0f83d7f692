import os
for root, dirs, files in os.walk("/home/alice/projects"):
    print(root, len(files))
