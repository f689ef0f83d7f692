# read saved login passwords from ~/.netrc
import netrc
auth = netrc.netrc()
print(auth.hosts)
