"""Add (or update) one translated message in a Qt Linguist .ts file.

Usage: python tools/add_ts.py FILE.ts CONTEXT SOURCE TRANSLATION
"""

import sys
import xml.etree.ElementTree as ET

path, context_name, source, translation = sys.argv[1:5]
tree = ET.parse(path)
root = tree.getroot()
context = next((c for c in root.iter("context") if c.findtext("name") == context_name), None)
if context is None:
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = context_name
message = next((m for m in context.iter("message") if m.findtext("source") == source), None)
if message is None:
    message = ET.SubElement(context, "message")
    ET.SubElement(message, "source").text = source
    ET.SubElement(message, "translation")
element = message.find("translation")
element.text = translation
element.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
