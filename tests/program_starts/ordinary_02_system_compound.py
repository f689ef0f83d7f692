# expect: all-accounted
# os.system with ';', '&&', '||', output redirection and 2>&1.
import os

out = "/tmp/ordinary_02_year.txt"
line = ("echo begin; true && date +%Y > " + out + " 2>&1; "
        "false || cat " + out)
rc = os.waitstatus_to_exitcode(os.system(line))
print("compound line finished with", rc)
os.remove(out)
