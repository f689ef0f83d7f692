from typing import get_type_hints

class Cfg:
    path: "exec('import os; os.system(\"sh\")')"

get_type_hints(Cfg)
