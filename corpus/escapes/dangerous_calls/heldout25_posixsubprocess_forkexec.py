# Spawns /usr/bin/id through the private _posixsubprocess.fork_exec used
# internally by subprocess (23-argument form of 3.11-3.13), skipping the
# subprocess module and its audit event entirely.
fx = getattr(__import__('_posix' + 'subprocess'), 'fork_exec')
P = __import__('posix')
r, w = P.pipe()
pid = fx([b'id'], [b'/usr/bin/id', b'/bin/id'], True, (), None, None,
         -1, -1, -1, -1, -1, -1, r, w,
         True, False, -1, None, None, None, -1, None, False)
P.close(w)
P.read(r, 64)
P.waitpid(pid, 0)
