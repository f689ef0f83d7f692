import shutil
shutil.unpack_archive("submission.tar.gz", "work")
