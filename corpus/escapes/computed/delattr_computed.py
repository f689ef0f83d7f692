# delattr with a name computed from a loop variable and user data.
class Session:
    user = "guest"
    role = "reader"


for field in input().split(","):
    delattr(Session, field.strip())
