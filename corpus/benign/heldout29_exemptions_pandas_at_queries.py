"""Filter and derive columns with pandas query/eval and @-variables."""
import pandas as pd

scores = pd.DataFrame({
    "name": ["ann", "bob", "cy", "dee"],
    "score": [71, 88, 93, 65],
    "bonus": [2, 0, 5, 1],
})

threshold = 70
curve = 1.05

passed = scores.query("score >= @threshold")
scores["final"] = scores.eval("(score + bonus) * @curve")
top = scores.query("final > @threshold + 20 and name != 'bob'")
total = pd.eval("scores.score + scores.bonus")

print(passed)
print(scores)
print(top)
print(total.tolist())
