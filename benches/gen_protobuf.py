#!/usr/bin/env python3
"""Writes a git registry of ~50 .proto files (~500 messages, imports across files and
packages, services, enums, oneofs, maps) in two commits: v1, then a commit of realistic edits
(fields added, renamed, retyped, deleted with and without reservations, messages and rpcs
added, enum values added, an option changed). Usage: gen_protobuf.py DIR"""
import os, random, subprocess, sys

root = sys.argv[1]
rng = random.Random(20260101)
DOMAINS = ["orders", "billing", "catalog", "shipping", "users", "payments", "inventory", "reviews", "search", "support"]
SCALARS = ["string", "int32", "int64", "uint32", "bool", "double", "bytes", "sint64", "fixed64"]
WORDS = ["id", "name", "amount", "status", "created_at", "updated_at", "owner", "note", "code", "count",
         "region", "currency", "reference", "kind", "label", "score", "weight", "price", "quantity", "email"]

def git(*args):
    env = dict(os.environ, GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@example.com",
               GIT_COMMITTER_NAME="bench", GIT_COMMITTER_EMAIL="bench@example.com",
               GIT_AUTHOR_DATE="2026-01-01T00:00:00Z", GIT_COMMITTER_DATE="2026-01-01T00:00:00Z")
    subprocess.run(["git", "-C", root, *args], check=True, env=env, stdout=subprocess.DEVNULL)

files = {}  # path -> dict(package, messages=[(name, fields)], enums, service, imports)
common = "proto/acme/common/v1/money.proto"
files[common] = dict(package="acme.common.v1", imports=["google/protobuf/timestamp.proto"], enums=[("Currency", ["CURRENCY_UNSPECIFIED", "CURRENCY_EUR", "CURRENCY_USD"])],
                     messages=[("Money", [("string", "currency_code", 1), ("int64", "units", 2), ("int32", "nanos", 3)]),
                               ("Audit", [("google.protobuf.Timestamp", "created_at", 1), ("string", "created_by", 2)])], service=None, options={})
for d in DOMAINS:
    for i in range(5):
        path = f"proto/acme/{d}/v1/{d}_{i}.proto"
        pkg = f"acme.{d}.v1"
        imports = [common, "google/protobuf/timestamp.proto"]
        if i > 0:
            imports.append(f"proto/acme/{d}/v1/{d}_{i-1}.proto")
        msgs = []
        for m in range(10):
            name = f"{d.capitalize()}{i}Item{m}"
            fields = []
            used = set()
            for n in range(1, rng.randint(6, 12)):
                w = rng.choice(WORDS)
                while w in used:
                    w = w + "_x"
                used.add(w)
                r = rng.random()
                if r < 0.55:
                    t = rng.choice(SCALARS)
                elif r < 0.65:
                    t = "acme.common.v1.Money"
                elif r < 0.72:
                    t = "google.protobuf.Timestamp"
                elif r < 0.8:
                    t = f"{d.capitalize()}{i}Status"
                elif r < 0.88 and m > 0:
                    t = f"{d.capitalize()}{i}Item{m-1}"
                elif r < 0.94 and i > 0:
                    t = f"{d.capitalize()}{i-1}Item{rng.randint(0, 9)}"
                else:
                    t = "map<string, string>"
                label = "repeated " if rng.random() < 0.15 and not t.startswith("map") else ""
                fields.append((label + t, w, n))
            msgs.append((name, fields))
        enums = [(f"{d.capitalize()}{i}Status", [f"{d.upper()}{i}_STATUS_UNSPECIFIED"] + [f"{d.upper()}{i}_STATUS_{s}" for s in ["OPEN", "CLOSED", "PENDING"]])]
        service = (f"{d.capitalize()}{i}Service", [(f"Get{d.capitalize()}{i}Item{m}", msgs[m][0], msgs[(m + 1) % 10][0]) for m in range(4)])
        files[path] = dict(package=pkg, imports=imports, messages=msgs, enums=enums, service=service,
                           options={"go_package": f"example.com/acme/{d}/v1;{d}v1", "java_package": f"com.acme.{d}.v1"})

def render(f, path):
    out = ['syntax = "proto3";', "", f"package {f['package']};", ""]
    for imp in f["imports"]:
        name = imp[len("proto/"):] if imp.startswith("proto/") else imp
        out.append(f'import "{name}";')
    out.append("")
    for k, v in f["options"].items():
        out.append(f'option {k} = "{v}";')
    out.append("")
    for name, values in f["enums"]:
        out.append(f"// {name} says where an item stands.")
        out.append(f"enum {name} {{")
        for n, v in enumerate(values):
            out.append(f"  {v} = {n};")
        out.append("}")
        out.append("")
    for name, fields in f["messages"]:
        reserved = f.get("reserved", {}).get(name)
        out.append(f"// {name} is one record.")
        out.append(f"message {name} {{")
        if reserved:
            out.append(f"  {reserved}")
        for t, w, n in fields:
            out.append(f"  {t} {w} = {n};")
        out.append("}")
        out.append("")
    if f["service"]:
        sname, rpcs = f["service"]
        out.append(f"// {sname} serves items.")
        out.append(f"service {sname} {{")
        for r, a, b in rpcs:
            out.append(f"  // {r} reads one.")
            out.append(f"  rpc {r}({a}) returns ({b});")
        out.append("}")
    return "\n".join(out) + "\n"

def write_all():
    for path, f in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as fh:
            fh.write(render(f, path))

os.makedirs(root, exist_ok=True)
subprocess.run(["git", "init", "-q", "-b", "main", root], check=True)
with open(os.path.join(root, "schemata.yaml"), "w") as fh:
    fh.write('schemas:\n  - path: "proto/**/*.proto"\n    protobuf_level: file\n')
write_all()
git("add", "-A")
git("commit", "-q", "-m", "v1")

# Realistic edits across 15 files.
paths = [p for p in files if p != common]
rng.shuffle(paths)
for k, path in enumerate(paths[:15]):
    f = files[path]
    name, fields = f["messages"][k % 10]
    kind = k % 7
    if kind == 0:
        fields.append(("string", "added_note", max(n for _, _, n in fields) + 1))
    elif kind == 1:
        t, w, n = fields[0]
        fields[0] = (t, w + "_renamed", n)
    elif kind == 2:
        for j, (t, w, n) in enumerate(fields):
            if t == "int32":
                fields[j] = ("int64", w, n)
                break
        else:
            fields.append(("int64", "added_total", max(n for _, _, n in fields) + 1))
    elif kind == 3:
        t, w, n = fields.pop()
        f.setdefault("reserved", {})[name] = f'reserved {n}; reserved "{w}";'
    elif kind == 4:
        fields.pop()
    elif kind == 5:
        f["messages"].append((f"{name}Extra", [("string", "id", 1), ("acme.common.v1.Money", "total", 2)]))
        f["enums"][0][1].append(f["enums"][0][1][0].replace("UNSPECIFIED", "ARCHIVED"))
    else:
        sname, rpcs = f["service"]
        rpcs.append((f"List{name}", f["messages"][0][0], f["messages"][1][0]))
files[paths[15]]["options"]["go_package"] = "example.com/acme/moved/v1;movedv1"
files[common]["messages"][0][1].append(("string", "display", 4))
write_all()
git("add", "-A")
git("commit", "-q", "-m", "v2: edits")
print(f"{len(files)} files, {sum(len(f['messages']) for f in files.values())} messages")
