# expect: all-accounted
# os.system accepts a bytes command line too.
import os

rc = os.system(b"uname -s && id -u >/dev/null && echo bytes-ok")
print("bytes command rc:", os.waitstatus_to_exitcode(rc))
