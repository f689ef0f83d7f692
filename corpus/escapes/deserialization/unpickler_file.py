import pickle
with open("uploaded_model.pkl", "rb") as fh:
    model = pickle.Unpickler(fh).load()
