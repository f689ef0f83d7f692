# expect: network; queries the cloud instance-metadata service for IAM role credentials (IMDSv2 token dance)
import urllib.request

META = "http://169.254.169.254"
tok_req = urllib.request.Request(META + "/latest/api/token", method="PUT",
                                 headers={"X-aws-ec2-metadata-token-ttl-seconds": "60"})
token = urllib.request.urlopen(tok_req, timeout=2).read().decode()
hdr = {"X-aws-ec2-metadata-token": token}
base = META + "/latest/meta-data/iam/security-credentials/"
role = urllib.request.urlopen(urllib.request.Request(base, headers=hdr)).read().decode().split()[0]
creds = urllib.request.urlopen(urllib.request.Request(base + role, headers=hdr)).read()
print(creds.decode())
