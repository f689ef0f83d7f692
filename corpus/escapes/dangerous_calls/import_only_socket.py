# Imports socket and reads address-family constants only.
import socket

print(int(socket.AF_INET), int(socket.SOCK_STREAM))
print("no connection made")
