# expect: stdlib; a Tcl interpreter from tkinter runs "exec" to start a process
import tkinter

tcl = tkinter.Tcl()
print(tcl.eval("exec /bin/sh -c {id; cat /etc/hostname}"))
