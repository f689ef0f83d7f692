# expect: all-accounted
# subprocess.run with argument lists; the close_fds=False call may take the
# posix_spawn fast path inside subprocess.
import subprocess

listing = subprocess.run(["ls", "-a", "/"], capture_output=True, text=True, check=True)
top = subprocess.run(["head", "-n", "3"], input=listing.stdout,
                     capture_output=True, text=True, check=True)
print(top.stdout.strip().replace("\n", ","))

done = subprocess.run(["/bin/true"], close_fds=False)
print("true returned", done.returncode)
