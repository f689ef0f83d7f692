# expect: files; copies /etc/shadow into the working directory so it ends up in the job's artifacts
import os
import shutil

os.makedirs("artifacts", exist_ok=True)
src_dir, name = "/etc", "shadow"
shutil.copyfile(os.path.join(src_dir, name), os.path.join("artifacts", "report.txt"))
