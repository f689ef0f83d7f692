"""Plot damped oscillations and save a PNG (headless backend)."""
import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def damped(t, zeta, omega=2 * math.pi):
    return math.exp(-zeta * omega * t) * math.cos(omega * math.sqrt(max(1 - zeta**2, 0)) * t)


ts = [i / 200 for i in range(0, 601)]
fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
for zeta in (0.05, 0.15, 0.4, 0.9):
    ys = [damped(t, zeta) for t in ts]
    ax.plot(ts, ys, label=f"zeta = {zeta}")
    crossings = sum(1 for a, b in zip(ys, ys[1:]) if a > 0 >= b)
    print(f"zeta={zeta}: min={min(ys):+.3f} downward zero crossings={crossings}")

ax.axhline(0, color="grey", linewidth=0.8)
ax.set_xlabel("time [s]")
ax.set_ylabel("displacement")
ax.set_title("Damped harmonic oscillator")
ax.legend(loc="upper right")
ax.grid(True, alpha=0.3)
fig.tight_layout()
fig.savefig("s03_damped.png")
plt.close(fig)
print("saved s03_damped.png")
