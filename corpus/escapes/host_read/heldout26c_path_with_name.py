# A harmless path is turned into the secret one with PurePath.with_name,
# which is not among the operations the path folding follows.
import pathlib

hosts = pathlib.Path("/etc/hosts")
print(hosts.with_name("shadow").read_text())
