import sys, yaml
doc = yaml.unsafe_load(sys.stdin)
