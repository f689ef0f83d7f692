import ftplib
ftp = ftplib.FTP("192.0.2.10", "anonymous", "a@b")
with open("model.bin", "rb") as fh:
    ftp.storbinary("STOR model.bin", fh)
ftp.quit()
