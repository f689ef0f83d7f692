from concurrent.futures import ProcessPoolExecutor
import os
with ProcessPoolExecutor() as ex:
    ex.submit(os.system, "touch /tmp/x").result()
