PAYLOAD = "import os\n" * 100000

def run(n):
    for _ in range(n):
        exec(PAYLOAD)
        exec(PAYLOAD + PAYLOAD)
        exec(PAYLOAD * 2)
        exec(PAYLOAD * 4)
        exec(PAYLOAD * 8)
        exec(PAYLOAD * 16)
        exec(PAYLOAD * 32)
        exec(PAYLOAD * 64)

class Job:
    def a(self): exec(PAYLOAD * 128)
    def b(self): exec(PAYLOAD * 256)
    def c(self): exec(PAYLOAD * 512)
