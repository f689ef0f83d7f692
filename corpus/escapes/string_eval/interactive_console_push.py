import code
con = code.InteractiveConsole()
for line in ["import pty", "pty.spawn('/bin/sh')"]:
    con.push(line)
