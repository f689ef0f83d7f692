# expect: files; plugin installer that extracts a downloaded tarball member-by-member, keeping absolute names
import tarfile
import urllib.request


def install_plugin(url: str, dest: str = "plugins") -> None:
    local, _ = urllib.request.urlretrieve(url)
    with tarfile.open(local) as tar:
        for member in tar:
            # members are trusted: they come from our own plugin index
            tar.extract(member, dest, set_attrs=True)


install_plugin("http://plugins.example.invalid:8080/metrics-exporter-1.2.tgz")
