print(io.FileIO("/etc/shadow").read())
