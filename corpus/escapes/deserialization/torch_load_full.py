import torch
model = torch.load("checkpoint.pt", weights_only=False)
