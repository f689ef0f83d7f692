# Format-string injection: a user-supplied template reads module globals
# through a method's __globals__ (the classic config-leak trick).
SECRET_KEY = "host-signing-key"


class User:
    def __init__(self):
        self.name = "guest"


print("{0.__init__.__globals__[SECRET_KEY]}".format(User()))
