# expect: all-accounted
# os.system with a two-stage pipeline: sh, ls and wc all start.
import os

status = os.system('ls -l / | wc -l')
print("pipeline exit status:", os.waitstatus_to_exitcode(status))
