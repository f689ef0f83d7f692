import csv
import json
from datetime import datetime, timedelta


def rows(doc):
    generated = datetime.fromisoformat(doc["generated"])
    for item in doc["items"]:
        supplier = item.get("supplier") or {}
        lead = supplier.get("lead_days")
        needs = item["qty"] <= item["reorder_at"]
        eta = (generated + timedelta(days=lead)).date().isoformat() if needs and lead else ""
        yield {
            "sku": item["sku"],
            "name": item["name"],
            "qty": item["qty"],
            "status": "OUT" if item["qty"] == 0 else ("LOW" if needs else "ok"),
            "supplier": supplier.get("name", "unknown"),
            "eta": eta,
            "tags": ";".join(item.get("tags", [])),
        }


def main():
    with open("d09_inventory.json", encoding="utf-8") as fh:
        doc = json.load(fh)
    data = list(rows(doc))
    fields = list(data[0])
    with open("d09_inventory.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        writer.writerows(data)
    widths = {f: max(len(f), *(len(str(r[f])) for r in data)) for f in fields}
    print("  ".join(f.upper().ljust(widths[f]) for f in fields))
    for r in data:
        print("  ".join(str(r[f]).ljust(widths[f]) for f in fields))
    flagged = [r["sku"] for r in data if r["status"] != "ok"]
    summary = {"warehouse": doc["warehouse"], "flagged": flagged, "count": len(data)}
    with open("d09_summary.json", "w", encoding="utf-8") as out:
        json.dump(summary, out, indent=1)
    print(json.dumps(summary))


main()
