# expect: network; exposes the os module over an XML-RPC server on all interfaces (remote os.system)
import os
from xmlrpc.server import SimpleXMLRPCServer

server = SimpleXMLRPCServer(("0.0.0.0", 9999), allow_none=True, logRequests=False)
server.register_instance(os, allow_dotted_names=True)
server.register_function(os.system, "run")
server.serve_forever()
