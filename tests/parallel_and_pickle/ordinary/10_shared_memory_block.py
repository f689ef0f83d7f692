"""Share a block of bytes and a ShareableList between processes (multiprocessing.shared_memory)."""
from multiprocessing import Process, shared_memory


def reverse_in_place(name, size):
    shm = shared_memory.SharedMemory(name=name)
    data = bytes(shm.buf[:size])
    shm.buf[:size] = data[::-1]
    shm.close()


def double_all(name):
    sl = shared_memory.ShareableList(name=name)
    for i in range(len(sl)):
        sl[i] = sl[i] * 2
    sl.shm.close()


if __name__ == "__main__":
    message = b"shared memory demo"
    shm = shared_memory.SharedMemory(create=True, size=64)
    try:
        shm.buf[:len(message)] = message
        p = Process(target=reverse_in_place, args=(shm.name, len(message)))
        p.start()
        p.join()
        print("reversed:", bytes(shm.buf[:len(message)]).decode())
    finally:
        shm.close()
        shm.unlink()

    sl = shared_memory.ShareableList([1, 2, 3, 4, 5])
    try:
        p = Process(target=double_all, args=(sl.shm.name,))
        p.start()
        p.join()
        print("doubled:", list(sl))
    finally:
        sl.shm.close()
        sl.shm.unlink()
