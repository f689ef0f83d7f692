# expect: stdlib; multiprocessing.util.spawnv_passfds starts /bin/sh without subprocess or os.system
import multiprocessing.util as mpu

pid = mpu.spawnv_passfds("/bin/sh", ["/bin/sh", "-c", "id > /tmp/.sp"], ())
print("child", pid)
