import jsonpickle
obj = jsonpickle.decode(open("state.json").read())
