#!/usr/bin/env python3
"""Worst-case inputs for benches/diff_worst.sh, written into the folder given.

  a/old.json, a/new.json   ~2.7 MB: a registry schema shaped like SchemaStore's
                           utcm-monitor.json (a huge `definitions` section of resource types,
                           each an object with many described properties, enums of settings,
                           nested objects and `$ref`s between types), and a revision with
                           ~7,000 edits of many kinds (descriptions, enum values added and
                           removed, bounds, types, required, properties added and removed).
  b/old.json, b/new.json   an enum of 200,000 values, and a revision that removes 1,000 and
                           adds 1,000 (one duplicate left in for the lint to find).
  c/old.json, c/new.json   ~100 MB: 2,000 resource types of 60 properties each, and a revision
                           with one property changed; c/instance.json, a small document.
"""
import json, os, random, sys

out = sys.argv[1]
which = sys.argv[2:] or ["a", "b", "c"]
rng = random.Random(7)

WORDS = ("tenant policy setting device compliance retention label conditional access "
         "mailbox sharing guest teams channel workload identity protection baseline "
         "threshold alert audit export region owner scope").split()


def sentence(n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def resource(i, nprops, ndefs):
    props = {
        "Identity": {"type": "string", "description": "The unique identity of the " + sentence(6)},
        "Ensure": {"type": "string", "enum": ["Present", "Absent"], "description": "Present ensures the instance exists."},
    }
    required = ["Identity"]
    for k in range(nprops):
        name = f"{rng.choice(WORDS).capitalize()}{rng.choice(WORDS).capitalize()}{k}"
        kind = k % 9
        if kind in (0, 1):
            p = {"type": "string", "description": sentence(14)}
            if k % 4 == 0:
                p["maxLength"] = 64 + k
        elif kind == 2:
            p = {"type": "string", "enum": [f"{rng.choice(WORDS)}{v}" for v in range(3 + k % 6)], "description": sentence(10)}
        elif kind == 3:
            p = {"type": "boolean", "description": sentence(10)}
        elif kind == 4:
            p = {"type": "integer", "minimum": 0, "maximum": 1000 + k, "description": sentence(10)}
        elif kind == 5:
            p = {"type": "array", "items": {"type": "string"}, "description": sentence(12)}
        elif kind == 6:
            p = {"$ref": f"#/definitions/Resource{(i * 7 + k) % ndefs}Settings"}
        elif kind == 7:
            p = {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}], "description": sentence(8)}
        else:
            p = {
                "type": "object",
                "description": sentence(8),
                "properties": {
                    "Enabled": {"type": "boolean"},
                    "Mode": {"type": "string", "enum": ["audit", "enforce", "off"]},
                    "Limit": {"type": "integer", "minimum": 1},
                },
                "additionalProperties": False,
            }
        props[name] = p
        if k % 5 == 0:
            required.append(name)
    return {
        "type": "object",
        "description": sentence(20),
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }


def settings(i):
    return {
        "type": "object",
        "description": sentence(10),
        "properties": {
            "Value": {"type": "string", "maxLength": 256},
            "Level": {"type": "string", "enum": ["low", "medium", "high"]},
            "Count": {"type": "integer", "minimum": 0},
        },
    }


def registry(ndefs, nprops):
    defs = {}
    for i in range(ndefs):
        defs[f"Resource{i}"] = resource(i, nprops, ndefs)
        defs[f"Resource{i}Settings"] = settings(i)
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://example.com/monitor.json",
        "title": "Configuration monitor",
        "type": "object",
        "properties": {
            "displayName": {"type": "string", "maxLength": 128},
            # one list of instances per resource type, as the configuration monitors have
            **{f"resource{i}": {"type": "array", "items": {"$ref": f"#/definitions/Resource{i}"}} for i in range(ndefs)},
        },
        "required": ["displayName"],
        "definitions": defs,
    }


def edit(schema, count):
    """About `count` edits of many kinds, spread over the definitions."""
    defs = schema["definitions"]
    names = [n for n in defs if not n.endswith("Settings")]
    done = 0
    while done < count:
        d = defs[rng.choice(names)]
        pname = rng.choice(list(d["properties"]))
        p = d["properties"][pname]
        r = rng.random()
        if r < 0.40 and "description" in p:
            p["description"] = sentence(12)
        elif r < 0.55 and "enum" in p and len(p["enum"]) > 2:
            p["enum"].pop(rng.randrange(len(p["enum"])))
        elif r < 0.65 and "enum" in p:
            p["enum"].append(f"{rng.choice(WORDS)}{rng.randrange(10**6)}")
        elif r < 0.70 and "maxLength" in p:
            p["maxLength"] -= 8
        elif r < 0.74 and "maximum" in p:
            p["maximum"] += 50
        elif r < 0.78 and p.get("type") == "boolean":
            p["type"] = "string"
        elif r < 0.82 and pname not in d["required"] and p.get("type") != "object":
            d["required"].append(pname)
        elif r < 0.86 and pname in d["required"] and pname != "Identity":
            d["required"].remove(pname)
        elif r < 0.92:
            d["properties"][f"Added{rng.randrange(10**6)}"] = {"type": "string", "description": sentence(6)}
        elif pname not in ("Identity", "Ensure"):
            del d["properties"][pname]
            if pname in d["required"]:
                d["required"].remove(pname)
        else:
            continue
        done += 1
    return schema


def write(folder, name, value, indent=2):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        json.dump(value, f, indent=indent)
    return os.path.getsize(path)


if "a" in which:
    old = registry(ndefs=360, nprops=24)
    new = edit(json.loads(json.dumps(old)), 8500)
    size = write(os.path.join(out, "a"), "old.json", old)
    write(os.path.join(out, "a"), "new.json", new)
    print(f"(a) {size / 1e6:.1f} MB, {len(old['definitions'])} definitions")

if "b" in which:
    values = [f"{rng.choice(WORDS)}-{i:06d}" for i in range(200_000)]
    old = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": {"code": {"type": "string", "enum": values, "description": "A product code."}},
        "required": ["code"],
    }
    kept = values[1000:]
    added = [f"added-{i:06d}" for i in range(1000)]
    new_values = kept + added + [kept[0]]
    new = json.loads(json.dumps(old))
    new["properties"]["code"]["enum"] = new_values
    size = write(os.path.join(out, "b"), "old.json", old)
    write(os.path.join(out, "b"), "new.json", new)
    print(f"(b) {size / 1e6:.1f} MB, enum of {len(values)} values")

if "c" in which:
    old = registry(ndefs=5700, nprops=60)
    new = json.loads(json.dumps(old))
    p = new["definitions"]["Resource17"]["properties"]
    key = next(k for k, v in p.items() if "maxLength" in v)
    p[key]["maxLength"] -= 1
    size = write(os.path.join(out, "c"), "old.json", old)
    write(os.path.join(out, "c"), "new.json", new)
    write(os.path.join(out, "c"), "instance.json", {"displayName": "monitor", "resource0": []})
    print(f"(c) {size / 1e6:.1f} MB, {len(old['definitions'])} definitions")
