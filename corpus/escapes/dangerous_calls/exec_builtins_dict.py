# exec with a hand-made globals dict that restores the real builtins.
import builtins

scope = {"__builtins__": builtins}
exec("print(open('/etc/hostname').read())", scope)
