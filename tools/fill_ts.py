"""Fill <translation> elements of a .ts file from a JSON {source: translation} mapping."""
import json, sys
import xml.etree.ElementTree as ET
ts, mapping = sys.argv[1], json.load(open(sys.argv[2]))
tree = ET.parse(ts)
missing = []
for msg in tree.iter("message"):
    src = msg.find("source").text
    tr = msg.find("translation")
    if src in mapping:
        tr.text = mapping[src]
        tr.attrib.pop("type", None)
    elif tr.get("type") == "unfinished":
        missing.append(src)
tree.write(ts, encoding="utf-8", xml_declaration=True)
print("missing:", missing)
