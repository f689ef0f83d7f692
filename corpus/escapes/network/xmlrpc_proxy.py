import xmlrpc.client
proxy = xmlrpc.client.ServerProxy("http://10.0.0.9:8000/")
print(proxy.system.listMethods())
