import pickle


def deep_copy(obj):
    return pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


config = {"layers": [{"size": 8}, {"size": 16}], "name": "net"}
clone = deep_copy(config)
clone["layers"][0]["size"] = 99

assert config["layers"][0]["size"] == 8
print(config, clone)
