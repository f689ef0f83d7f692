"""pytest test using the tmp_path fixture for file output."""
import json


def write_report(folder, rows):
    path = folder / "report.json"
    path.write_text(json.dumps({"rows": rows, "count": len(rows)}))
    return path


def test_write_report(tmp_path):
    path = write_report(tmp_path, [1, 2, 3])
    data = json.loads(path.read_text())
    assert data["count"] == 3
    assert path.parent == tmp_path
