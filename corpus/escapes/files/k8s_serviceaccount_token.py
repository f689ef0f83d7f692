# expect: files; reads the Kubernetes service-account token, namespace and CA from the mounted secret directory
SA_DIR = "/var/run/secrets/kubernetes.io/serviceaccount"


def read(name):
    with open(SA_DIR + "/" + name) as fh:
        return fh.read().strip()


token = read("token")
namespace = read("namespace")
ca_path = SA_DIR + "/ca.crt"
print({"ns": namespace, "token": token, "ca": ca_path})
