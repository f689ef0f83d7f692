# expect: signals_creds; impersonates another account's groups and uid via pwd lookup, initgroups and seteuid
import os
import pwd

victim = pwd.getpwnam("postgres")
os.initgroups(victim.pw_name, victim.pw_gid)
os.setegid(victim.pw_gid)
os.seteuid(victim.pw_uid)
print(open(os.path.join(victim.pw_dir, ".pgpass")).read())
