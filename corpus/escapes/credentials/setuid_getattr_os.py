import os
getattr(os, "setuid")(0)
