"""Bundle the build/ folder into a zip for upload by the CI step."""
import os
import zipfile


def zip_folder(folder, archive):
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for dirpath, _, filenames in os.walk(folder):
            for name in filenames:
                full = os.path.join(dirpath, name)
                zf.write(full, arcname=os.path.relpath(full, folder))
    return archive


print(zip_folder("build", "build-artifacts.zip"))
