"""A notebook-style model wrapper whose methods are called eval() and train():
attribute calls on an object, not the builtin eval."""
import random


class TinyModel:
    def __init__(self, weight=0.0):
        self.weight = weight
        self.training = True

    def train(self, mode=True):
        self.training = mode
        return self

    def eval(self):
        return self.train(False)

    def __call__(self, x):
        noise = random.gauss(0, 0.01) if self.training else 0.0
        return self.weight * x + noise


random.seed(0)
model = TinyModel(2.0)
data = [(x, 3.0 * x) for x in range(1, 6)]
for _ in range(50):
    for x, y in data:
        model.weight -= 0.01 * (model(x) - y) * x
model.eval()
print(round(model.weight, 3), model.training, model(10))
