#!/usr/bin/env python3
"""Writes old.avsc and new.avsc into DIR: a warehouse event schema of about 2,000 fields in
nested records (shared Money and Address types, arrays of records, maps, nullable unions,
enums, logical types), and a next version with the edits a busy team makes in a release:
fields added with and without defaults, fields removed, promotions, enum symbols added and
removed, union branches added, renames with aliases, documentation edits.

usage: gen_large_avsc.py DIR [FIELDS] [SEED]"""
import json, random, sys

out = sys.argv[1]
target = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)

WORDS = ["order", "item", "stock", "bin", "zone", "pallet", "carrier", "route", "batch", "lot",
         "supplier", "invoice", "count", "weight", "volume", "price", "cost", "discount", "tax",
         "label", "scan", "pick", "pack", "ship", "return", "audit", "shift", "dock", "door", "slot"]

def name(i):
    return f"{rng.choice(WORDS)}_{rng.choice(WORDS)}_{i}"

def scalar(i):
    r = rng.random()
    if r < 0.25: return "string", None
    if r < 0.40: return "long", None
    if r < 0.50: return "int", 0
    if r < 0.58: return "double", None
    if r < 0.64: return "boolean", False
    if r < 0.72: return {"type": "long", "logicalType": "timestamp-millis"}, None
    if r < 0.76: return {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}, None
    if r < 0.84: return ["null", "string"], "null"
    if r < 0.90: return "Money", None
    if r < 0.94: return {"type": "map", "values": "long"}, None
    return {"type": "array", "items": "string"}, None

enums = []
def enum(i):
    symbols = [f"STATE_{k}" for k in range(rng.randint(4, 9))]
    e = {"type": "enum", "name": f"State{i}", "doc": f"States of group {i}.", "symbols": symbols}
    enums.append(e)
    return e

fields_made = 0
def record(i, depth, prefix="Group"):
    global fields_made
    fields = []
    for k in range(rng.randint(30, 60)):
        fields_made += 1
        t, d = scalar(fields_made)
        f = {"name": name(fields_made), "type": t}
        if rng.random() < 0.3:
            f["doc"] = f"The {f['name'].replace('_', ' ')}."
        if d == "null":
            f["default"] = None
        elif d is not None:
            f["default"] = d
        fields.append(f)
        if fields_made >= target:
            break
    if rng.random() < 0.5:
        fields.append({"name": f"state_{i}", "type": enum(f"{prefix}{i}")})
    if depth < 2 and fields_made < target and rng.random() < 0.5:
        fields.append({"name": f"lines_{i}", "type": {"type": "array", "items": record(i, depth + 1, f"Line{depth}_")}})
    return {"type": "record", "name": f"{prefix}{i}", "doc": f"{prefix} {i}.", "fields": fields}

top = []
i = 0
while fields_made < target:
    i += 1
    top.append({"name": f"group_{i}", "type": record(i, 0)})

old = {
    "type": "record", "name": "InventorySnapshot", "namespace": "com.acme.warehouse",
    "doc": "The state of a warehouse at one moment.",
    "fields": [
        {"name": "warehouse_id", "type": "string"},
        {"name": "taken_at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "value", "type": {"type": "record", "name": "Money", "fields": [
            {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}},
            {"name": "currency", "type": "string"}]}},
    ] + top,
}

new = json.loads(json.dumps(old))
records = []
def walk(t):
    if isinstance(t, dict):
        if t.get("type") == "record":
            records.append(t)
            for f in t["fields"]:
                walk(f["type"])
        elif t.get("type") == "array":
            walk(t["items"])
    elif isinstance(t, list):
        for b in t:
            walk(b)
walk(new)
edits = random.Random(11)
for r in edits.sample(records, min(30, len(records))):
    r["fields"].append({"name": f"added_{edits.randint(0, 10**6)}", "type": ["null", "string"], "default": None})
for r in edits.sample(records, min(5, len(records))):
    r["fields"].append({"name": f"required_{edits.randint(0, 10**6)}", "type": "string"})
for r in edits.sample(records, min(15, len(records))):
    if len(r["fields"]) > 5:
        r["fields"].pop(edits.randrange(3, len(r["fields"])))
for r in records:
    for f in r["fields"]:
        if f["type"] == "int" and edits.random() < 0.3:
            f["type"] = "long"
        elif f["type"] == ["null", "string"] and edits.random() < 0.05:
            f["type"] = ["null", "string", "long"]
        elif "doc" in f and edits.random() < 0.05:
            f["doc"] += " Updated."
for r in edits.sample(records, min(3, len(records))):
    f = r["fields"][0]
    f["aliases"] = [f["name"]]
    f["name"] = f["name"] + "_renamed"
new_enums = []
def collect(t):
    if isinstance(t, dict):
        if t.get("type") == "enum":
            new_enums.append(t)
        for v in t.values():
            collect(v)
    elif isinstance(t, list):
        for v in t:
            collect(v)
collect(new)
for e in edits.sample(new_enums, min(5, len(new_enums))):
    e["symbols"].append("STATE_NEW")
for e in edits.sample(new_enums, min(3, len(new_enums))):
    e["symbols"].pop(1)

json.dump(old, open(f"{out}/old.avsc", "w"), indent=2)
json.dump(new, open(f"{out}/new.avsc", "w"), indent=2)
print(f"fields: {fields_made}, records: {len(records)}, enums: {len(enums)}")
