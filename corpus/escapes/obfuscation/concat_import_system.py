m = __import__("o" + "s")
getattr(m, "sys" + "tem")("id")
