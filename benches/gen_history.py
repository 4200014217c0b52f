#!/usr/bin/env python3
"""Generates a synthetic schema registry with a long history, as a git fast-import stream.

Usage: gen_history.py SCHEMAS COMMITS SEED | git fast-import --quiet

Each commit makes one to three realistic edits to random schemas: add, remove or retype a
property, add or remove an enum value, edit a description, make a property required,
rename (move) a schema file, and now and then add a new schema. Dates are fixed so the
repository is the same for the same arguments.
"""
import json
import random
import sys

TYPES = ["string", "integer", "number", "boolean"]


def new_schema(rng, i):
    props = {}
    for p in range(rng.randint(4, 12)):
        props[f"field_{p}"] = {"type": rng.choice(TYPES), "description": f"Field {p} of schema {i}."}
    props["status"] = {"enum": ["new", "active", "closed"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://example.com/schemas/s{i}.json",
        "title": f"Schema {i}",
        "type": "object",
        "properties": props,
        "required": ["status"],
        "additionalProperties": rng.random() < 0.5,
    }


def edit(rng, doc):
    props = doc["properties"]
    kind = rng.choice(["add", "add", "remove", "retype", "enum_add", "enum_remove", "describe", "describe",
                       "require"])
    names = [n for n in props if n != "status"]
    if kind == "add" or not names:
        props[f"field_{len(props) + rng.randint(0, 10**6)}"] = {"type": rng.choice(TYPES)}
    elif kind == "remove":
        name = rng.choice(names)
        del props[name]
        doc["required"] = [r for r in doc["required"] if r != name]
    elif kind == "retype":
        props[rng.choice(names)]["type"] = rng.choice(TYPES)
    elif kind == "enum_add":
        props["status"]["enum"].append(f"s{rng.randint(0, 10**6)}")
    elif kind == "enum_remove" and len(props["status"]["enum"]) > 1:
        props["status"]["enum"].pop(rng.randrange(len(props["status"]["enum"])))
    elif kind == "describe":
        props[rng.choice(names)]["description"] = f"Edited {rng.randint(0, 10**6)}."
    elif kind == "require":
        name = rng.choice(names)
        if name not in doc["required"]:
            doc["required"].append(name)


def main():
    n_schemas, n_commits, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    out = sys.stdout.buffer
    docs = {}
    paths = {}
    when = 1_700_000_000

    def blob(text):
        data = text.encode()
        out.write(b"data %d\n" % len(data) + data + b"\n")

    def commit(n, message, ops):
        nonlocal when
        when += 3600
        out.write(b"commit refs/heads/main\n")
        out.write(b"author Bench <bench@example.com> %d +0000\n" % when)
        out.write(b"committer Bench <bench@example.com> %d +0000\n" % when)
        blob(message)
        for op in ops:
            out.write(op)

    def put(i):
        text = json.dumps(docs[i], indent=2) + "\n"
        data = text.encode()
        return b"M 100644 inline %s\ndata %d\n%s\n" % (paths[i].encode(), len(data), data)

    for i in range(n_schemas):
        docs[i] = new_schema(rng, i)
        paths[i] = f"schemas/team{i % 20}/s{i}.json"
    commit(0, "initial schemas", [put(i) for i in range(n_schemas)])
    for n in range(1, n_commits):
        ops = []
        for _ in range(rng.randint(1, 3)):
            r = rng.random()
            if r < 0.02:
                i = len(docs)
                docs[i] = new_schema(rng, i)
                paths[i] = f"schemas/team{i % 20}/s{i}.json"
                ops.append(put(i))
            elif r < 0.04:
                i = rng.randrange(len(docs))
                old = paths[i]
                paths[i] = f"schemas/moved{rng.randint(0, 5)}/s{i}.json"
                if paths[i] != old:
                    ops.append(b"D %s\n" % old.encode())
                ops.append(put(i))
            else:
                i = rng.randrange(len(docs))
                edit(rng, docs[i])
                ops.append(put(i))
        commit(n, f"change {n}", ops)
    out.write(b"done\n")


if __name__ == "__main__":
    main()
