import multiprocessing, os
multiprocessing.Process(target=os.system, args=("id",)).start()
