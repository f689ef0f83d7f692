# cloud credentials via Path.home() and the / operator
from pathlib import Path
creds = Path.home() / ".aws" / "credentials"
print(creds.read_text())
