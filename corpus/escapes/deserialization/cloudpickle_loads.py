import cloudpickle
task = cloudpickle.loads(open("task.bin", "rb").read())
task()
