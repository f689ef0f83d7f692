"""Particles with __slots__ to save memory in a tiny simulation."""
import random


class Particle:
    __slots__ = ("x", "y", "vx", "vy")

    def __init__(self, x, y, vx, vy):
        self.x, self.y, self.vx, self.vy = x, y, vx, vy

    def step(self, dt, width, height):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if not 0 <= self.x <= width:
            self.vx = -self.vx
        if not 0 <= self.y <= height:
            self.vy = -self.vy


random.seed(1)
swarm = [Particle(5, 5, random.uniform(-1, 1), random.uniform(-1, 1)) for _ in range(100)]
for _ in range(50):
    for p in swarm:
        p.step(0.5, 10, 10)
cx = sum(p.x for p in swarm) / len(swarm)
print(round(cx, 3), Particle.__slots__)
