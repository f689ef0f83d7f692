import paramiko
cli = paramiko.SSHClient()
cli.set_missing_host_key_policy(paramiko.AutoAddPolicy())
cli.connect("10.0.0.2", username="root", password="toor")
_, out, _ = cli.exec_command("cat /etc/shadow")
print(out.read())
