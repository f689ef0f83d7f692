import httpx
with httpx.Client(base_url="http://10.2.3.4") as client:
    client.put("/store", content=open("data.csv", "rb").read())
