"""A job object that moves through states by swapping its class."""
import subprocess


class Job:
    """Pending state: only remembers what to run."""

    def __init__(self, argv):
        self.argv = argv

    def start(self):
        argv = self.argv
        # state change, the documented `self.__class__ = Opened` idiom
        self.__class__ = Running
        self.__init__(argv, stdout=subprocess.PIPE, text=True)
        return self


class Running(subprocess.Popen):
    """Running state: same layout as Job (plain Python classes with a __dict__)."""

    def result(self):
        out, _ = self.communicate()
        self.__class__ = Finished
        return out


class Finished(Running):
    pass


job = Job(["id"])
print(job.start().result())
