import pexpect
child = pexpect.spawn("ssh root@10.0.0.3")
child.expect("password:")
child.sendline("hunter2")
