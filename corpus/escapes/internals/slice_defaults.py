# A reversed literal names __defaults__, then the defaults are replaced.
def download(url, allow_local=False):
    return url, allow_local


setattr(download, "__stluafed__"[::-1], (True,))
print(download("file:///etc/passwd"))
