from pathlib import Path
print(Path("/var/log/myapp/app.log").read_text()[-2000:])
