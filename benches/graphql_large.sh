#!/usr/bin/env bash
# Benchmark: diff of a large generated GraphQL schema and an edited copy.
#   - about 2,000 named types (~0.7 MB of SDL): Relay connections, inputs, enums,
#     interfaces, unions, directives, long descriptions; the target is under 200 ms;
#   - about 1.2 MB of SDL, the size of the largest public GraphQL schemas.
# Usage: benches/graphql_large.sh [runs]   (needs python3; builds schemata in release mode)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benches/gen_large_graphql.py "$work/typical" 180
python3 benches/gen_large_graphql.py "$work/largest" 300
cargo build --release --quiet
bin=target/release/schemata
python3 - "$bin" "$work" "$runs" <<'PY'
import json, subprocess, sys, time, statistics, os, re
bin, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
for case in ["typical", "largest"]:
    old, new = f"{work}/{case}/old.graphql", f"{work}/{case}/new.graphql"
    text = open(old).read()
    types = len(re.findall(r"^(type|input|enum|interface|union|scalar) ", text, re.M))
    out = subprocess.run([bin, "diff", old, new, "--format", "json"], capture_output=True, check=True).stdout
    report = json.loads(out)
    changes = report["changes"]
    print(f"{case}: {types} named types, {os.path.getsize(old) / 1e6:.2f} MB; "
          f"{len(changes)} changes, {sum(c['breaking'] for c in changes)} breaking, "
          f"{sum('witness' in c for c in changes)} witnesses")
    for label, extra in [("diff (with witnesses)", []), ("diff --no-witness", ["--no-witness"])]:
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run([bin, "diff", old, new, "--format", "json", *extra], stdout=subprocess.DEVNULL, check=True)
            times.append((time.perf_counter() - t) * 1000)
        print(f"  {label}: median {statistics.median(times):.0f} ms, min {min(times):.0f} ms over {runs} runs")
PY
