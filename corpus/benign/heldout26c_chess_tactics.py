"""Chess tactics trainer: a detector class has one method per tactic
(fork, pin, skewer); puzzles list their tactic in upper case and the
trainer calls detector methods by the lower-cased tactic name."""

KNIGHT_MOVES = [(1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)]


def sq(name):
    return ord(name[0]) - ord("a"), int(name[1]) - 1


class TacticDetector:
    def fork(self, board):
        """A knight attacks two or more valuable enemy pieces."""
        hits = []
        for piece, pos in board["white"].items():
            if not piece.startswith("N"):
                continue
            x, y = sq(pos)
            targets = [p for p, q in board["black"].items()
                       if (sq(q)[0] - x, sq(q)[1] - y) in KNIGHT_MOVES]
            if len(targets) >= 2:
                hits.append((piece, sorted(targets)))
        return hits

    def pin(self, board):
        """A rook on a file with an enemy piece and the king behind it."""
        hits = []
        for piece, pos in board["white"].items():
            if not piece.startswith("R"):
                continue
            col = pos[0]
            on_file = sorted((int(q[1]), p) for p, q in board["black"].items() if q[0] == col)
            if len(on_file) >= 2 and on_file[-1][1] == "K" and on_file[0][1] != "K":
                hits.append((piece, on_file[0][1]))
        return hits

    def skewer(self, board):
        return []


PUZZLES = [
    {"tactic": "FORK", "board": {"white": {"N1": "e5", "K": "g1"},
                                 "black": {"K": "f7", "Q": "d7", "R": "a8"}}},
    {"tactic": "PIN", "board": {"white": {"R1": "e1", "K": "g1"},
                                "black": {"B": "e4", "K": "e8"}}},
    {"tactic": "Skewer", "board": {"white": {"K": "a1"}, "black": {"K": "h8"}}},
]

if __name__ == "__main__":
    detector = TacticDetector()
    for i, puzzle in enumerate(PUZZLES, 1):
        check = getattr(detector, puzzle["tactic"].lower())
        found = check(puzzle["board"])
        print(f"puzzle {i}: {puzzle['tactic'].lower():6} -> {found or 'none found'}")
