"""Copying settings objects: dataclasses.replace, copy.copy and deepcopy of a frozen dataclass tree."""
import copy
import dataclasses
import pickle


@dataclasses.dataclass(frozen=True)
class Optimizer:
    name: str = "sgd"
    lr: float = 0.01


@dataclasses.dataclass
class TrainConfig:
    epochs: int
    optimizer: Optimizer
    layers: list


if __name__ == "__main__":
    base = TrainConfig(10, Optimizer(), [128, 64])
    variant = dataclasses.replace(base, optimizer=dataclasses.replace(base.optimizer, lr=0.001))
    shallow = copy.copy(base)
    deep = copy.deepcopy(base)
    shallow.layers.append(32)  # visible in base too
    print("base layers:", base.layers, "deep layers:", deep.layers)
    print("variant lr:", variant.optimizer.lr, "base lr:", base.optimizer.lr)
    frozen_back = pickle.loads(pickle.dumps(variant))
    print("frozen dataclass pickles:", frozen_back == variant)
    try:
        frozen_back.optimizer.lr = 1.0
    except dataclasses.FrozenInstanceError as exc:
        print("still frozen:", type(exc).__name__)
