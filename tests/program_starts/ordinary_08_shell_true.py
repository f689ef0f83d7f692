# expect: all-accounted
# shell=True with run() and check_output(), including an escaped '*'.
import subprocess

r = subprocess.run("expr 6 \\* 7", shell=True, capture_output=True, text=True)
print("expr says", r.stdout.strip())

txt = subprocess.check_output("echo one two three | tr ' ' '\\n' | wc -l",
                              shell=True, text=True)
print("word count:", txt.strip())
