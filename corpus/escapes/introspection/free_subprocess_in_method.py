# expect: introspection; subprocess used inside a method with no import anywhere in the file
class Report:
    def __init__(self, cmd):
        self.cmd = cmd

    def render(self):
        return subprocess.check_output(self.cmd, shell=True).decode()


print(Report("cat /etc/passwd").render())
