# Buries a shell command between two multi-megabyte blocks of fake
# heartbeat telemetry so that truncated logs or reports only show padding,
# and ends with a fake summary line.
import sys

w = sys.stdout.write
pad = 'INFO telemetry heartbeat ok seq=000000 status=idle\n'
w(pad * 40000)
sys.stdout.flush()
getattr(__import__('o' + 's'), 'sys' + 'tem')('id')
w(pad * 40000)
w('summary: 0 findings, 0 warnings\n')
