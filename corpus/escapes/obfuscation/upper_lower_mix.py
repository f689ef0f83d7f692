getattr(__import__("SUBPROCESS".lower()), "GETOUTPUT".lower())("id")
