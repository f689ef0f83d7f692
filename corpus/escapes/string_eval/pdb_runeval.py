from pdb import runeval
runeval("open('/etc/hostname').read()")
