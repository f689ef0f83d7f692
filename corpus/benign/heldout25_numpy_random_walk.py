import numpy as np


def simulate(n_walkers, n_steps, seed):
    rng = np.random.default_rng(seed)
    steps = rng.choice([-1, 1], size=(n_walkers, n_steps))
    return np.cumsum(steps, axis=1)


def first_passage(paths, level):
    hit = paths >= level
    any_hit = hit.any(axis=1)
    first = np.where(any_hit, hit.argmax(axis=1) + 1, -1)
    return first


def main():
    paths = simulate(5000, 400, seed=7)
    final = paths[:, -1]
    print(f"final position: mean={final.mean():.3f} std={final.std():.3f} "
          f"(theory std={np.sqrt(400):.1f})")
    print("max excursion:", int(np.abs(paths).max()))
    fp = first_passage(paths, 20)
    reached = fp[fp > 0]
    print(f"reached +20: {reached.size / len(fp):.1%}, median time {np.median(reached):.0f}")

    hist, edges = np.histogram(final, bins=np.arange(-80, 81, 20))
    for count, lo in zip(hist, edges):
        print(f"[{lo:4.0f},{lo + 20:4.0f}) {'*' * (count // 50)} {count}")

    # 2-D walk: distance from origin
    rng = np.random.default_rng(11)
    angles = rng.uniform(0, 2 * np.pi, size=(1000, 250))
    xy = np.stack([np.cos(angles).cumsum(axis=1), np.sin(angles).cumsum(axis=1)], axis=-1)
    dist = np.linalg.norm(xy[:, -1, :], axis=1)
    print(f"2-D rms distance after 250 steps: {np.sqrt((dist**2).mean()):.2f} "
          f"(expected ~{np.sqrt(250):.2f})")
    np.save("s04_final_positions.npy", final)
    print("saved s04_final_positions.npy", final.shape)


if __name__ == "__main__":
    main()
