# expect: stdlib; bdb.Bdb().run executes a source string (no interaction needed)
import bdb

src = "import subprocess\nsubprocess.call(['sh', '-c', 'cat /etc/passwd'])"
bdb.Bdb().run(src)
