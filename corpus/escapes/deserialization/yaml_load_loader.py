import yaml
cfg = yaml.load(open("job.yaml"), Loader=yaml.Loader)
