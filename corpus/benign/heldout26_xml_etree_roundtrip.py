"""Write an XML inventory file, parse it back and query it with ElementTree."""
import xml.etree.ElementTree as ET

root = ET.Element("inventory")
for sku, name, qty in [("a1", "bolt", 120), ("b2", "nut", 75), ("c3", "washer", 0)]:
    item = ET.SubElement(root, "item", sku=sku)
    ET.SubElement(item, "name").text = name
    ET.SubElement(item, "qty").text = str(qty)
ET.ElementTree(root).write("inventory.xml", encoding="utf-8", xml_declaration=True)

tree = ET.parse("inventory.xml")
in_stock = [i.findtext("name") for i in tree.getroot().iter("item") if int(i.findtext("qty")) > 0]
print("in stock:", in_stock)
for event, elem in ET.iterparse("inventory.xml", events=("end",)):
    if elem.tag == "item":
        print(elem.get("sku"), elem.findtext("qty"))
