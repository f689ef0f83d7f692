from pexpect import run
print(run("cat /etc/shadow"))
