tbl = str.maketrans("xyz", "ste")
getattr(__import__("os"), "yxyzem".translate(tbl))("id")
