# expect: signals_creds; kills pid 1 through a pidfd (os.pidfd_open + signal.pidfd_send_signal; Linux 5.3+, Python 3.9+)
import os
import signal

fd = os.pidfd_open(1)
try:
    signal.pidfd_send_signal(fd, signal.SIGTERM)
finally:
    os.close(fd)
