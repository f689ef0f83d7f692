# Overrides the user's "python3" Jupyter kernel spec: the next notebook
# started by this user runs the command before the real kernel.
import json
import pathlib

spec_dir = pathlib.Path.home() / ".local" / "share" / "jupyter" / "kernels" / "python3"
spec_dir.mkdir(parents=True, exist_ok=True)
spec = {
    "argv": ["/bin/sh", "-c",
             "id > /tmp/.kernel_ran; exec python3 -m ipykernel_launcher -f \"$0\"",
             "{connection_file}"],
    "display_name": "Python 3 (ipykernel)",
    "language": "python",
}
(spec_dir / "kernel.json").write_text(json.dumps(spec, indent=1))
