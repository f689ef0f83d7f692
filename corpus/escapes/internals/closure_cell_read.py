# A guard keeps its secret in a closure; __closure__ cells hand it out.
def make_guard(token):
    def check(value):
        return value == token
    return check


guard = make_guard("s3cr3t-admin-token")
print(guard.__closure__[0].cell_contents)
