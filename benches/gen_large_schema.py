#!/usr/bin/env python3
"""Writes a ~5 MB JSON Schema with ~10,000 properties and deep $defs (old.json), and a
modified copy (new.json) with a realistic mix of edits, into the folder given."""
import json, random, sys, os

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(42)
DEPTH = 40

defs = {}
for d in range(DEPTH):
    nxt = {"$ref": f"#/$defs/level{d + 1}"} if d + 1 < DEPTH else {"type": "string"}
    defs[f"level{d}"] = {
        "type": "object",
        "description": f"Nesting level {d} of the address book tree.",
        "properties": {"child": nxt, "name": {"type": "string", "maxLength": 64}, "tags": {"type": "array", "items": {"type": "string"}}},
        "required": ["name"],
    }

def prop(i):
    kind = i % 5
    if kind == 0:
        return {"type": "string", "maxLength": 40 + i % 50, "description": f"Field {i}: a short free-text value used by the billing and shipping services." * 6}
    if kind == 1:
        return {"type": "integer", "minimum": 0, "maximum": 1000 + i, "description": f"Field {i}: a counter of events seen by the service since the account was opened." * 5}
    if kind == 2:
        return {"enum": [f"v{i}_{k}" for k in range(8)], "description": f"Field {i}: one of a fixed list of states that the workflow engine moves through." * 5}
    if kind == 3:
        return {"type": "array", "items": {"type": "string", "format": "email"}, "maxItems": 20, "description": f"Field {i}: addresses to notify when the order changes state." * 5}
    return {"$ref": "#/$defs/level0"}

props = {f"field_{i:05d}": prop(i) for i in range(10_000)}
old = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://example.com/large.json",
    "type": "object",
    "properties": props,
    "required": [f"field_{i:05d}" for i in range(0, 10_000, 7)],
    "additionalProperties": False,
    "$defs": defs,
}
new = json.loads(json.dumps(old))
np = new["properties"]
for i in rng.sample(range(10_000), 200):
    name = f"field_{i:05d}"
    p = np[name]
    if "maxLength" in p:
        p["maxLength"] -= 5
    elif "maximum" in p:
        p["maximum"] += 10
    elif "enum" in p:
        p["enum"] = p["enum"][:-1]
    else:
        p["description"] = "edited"
for i in range(50):
    np[f"added_{i}"] = {"type": "string"}
for i in rng.sample(range(10_000), 50):
    np.pop(f"field_{i:05d}", None)
    # a removed property is no longer required (a closed object requiring an undeclared
    # name would accept nothing at all)
    if f"field_{i:05d}" in new["required"]:
        new["required"].remove(f"field_{i:05d}")
new["$defs"]["level30"]["properties"]["name"]["maxLength"] = 32
with open(os.path.join(out, "old.json"), "w") as f:
    json.dump(old, f, indent=2)
with open(os.path.join(out, "new.json"), "w") as f:
    json.dump(new, f, indent=2)
print(f"{os.path.getsize(os.path.join(out, 'old.json')) / 1e6:.1f} MB, {len(props)} properties, $defs depth {DEPTH}")
