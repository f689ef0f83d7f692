# os.kill(os.getpid(), sig) is documented as not reported (a signal to the
# process itself), and unittest.mock.patch is not reported either ("the
# patched name is not called by the patch"). Patched, os.getpid() answers 1:
# the "self" signal goes to pid 1, the jail's init. SIGCONT keeps it harmless.
import os
import signal
from unittest import mock

with mock.patch("os.getpid", return_value=1):
    os.kill(os.getpid(), signal.SIGCONT)
print("signalled", 1)
