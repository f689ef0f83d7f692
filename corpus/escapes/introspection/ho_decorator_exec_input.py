@exec
@input
class Payload:
    pass
