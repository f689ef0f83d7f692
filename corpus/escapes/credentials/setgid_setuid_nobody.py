import os, pwd
u = pwd.getpwnam("daemon")
os.setgid(u.pw_gid)
os.setuid(u.pw_uid)
