# cloud metadata service from inside the sandbox
import httpx
r = httpx.get("http://169.254.169.254/latest/meta-data/iam/security-credentials/")
print(r.text)
