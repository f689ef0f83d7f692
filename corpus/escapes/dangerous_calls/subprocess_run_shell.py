# subprocess.run with shell=True.
import subprocess

out = subprocess.run("id; ls -la /", shell=True, capture_output=True, text=True)
print(out.stdout)
