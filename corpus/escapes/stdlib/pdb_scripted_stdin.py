# expect: stdlib; drives pdb with scripted stdin commands: "!" lines import os and run a shell command
import io
import pdb

script = io.StringIO("!import os\n!os.system('id')\ncontinue\n")
debugger = pdb.Pdb(stdin=script, stdout=io.StringIO())
debugger.use_rawinput = False
debugger.run("x = 1")
