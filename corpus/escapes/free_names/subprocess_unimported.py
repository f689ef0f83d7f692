out = subprocess.run(["ls", "-la", "/"], capture_output=True).stdout
print(out.decode())
