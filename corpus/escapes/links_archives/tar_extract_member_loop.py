import tarfile
tf = tarfile.open("bundle.tgz", "r:gz")
for m in tf.getmembers():
    tf.extract(m, path=".")
