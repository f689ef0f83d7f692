# expect: all-accounted
# Subshell, a cd inside it, single/double quoting with shell metacharacters.
import os

line = """(cd /tmp && printf '%s\\n' "two words" 'semi;colon' 'pipe|char' | sort -r) 2>/dev/null"""
rc = os.waitstatus_to_exitcode(os.system(line))
print("subshell rc:", rc)
