# service account token of the pod
tok = open("/var/run/secrets/kubernetes.io/serviceaccount/token").read().strip()
print("Bearer", tok)
