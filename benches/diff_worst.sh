#!/usr/bin/env bash
# Benchmark: the worst cases of real registries (see benches/gen_worst.py for the inputs).
#
#   benches/diff_worst.sh [runs] [binary]
#
#   (a) a 2.7 MB schema shaped like SchemaStore's utcm-monitor.json and a revision with
#       thousands of edits: diff time with and without witnesses, and how many breaking
#       changes carry a witness;
#   (b) an enum of 200,000 values: diff (1,000 values removed, 1,000 added) and lint times;
#   (c) a ~100 MB schema with one changed property: peak RSS of diff and of validate
#       (the schema against its meta-schema, and an instance against the schema), as a
#       multiple of the file size.
#
# Builds schemata in release mode unless a binary is given (to measure an older build).
# Needs python3 and /usr/bin/time (GNU time; falls back to /proc for peak RSS otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
bin=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benches/gen_worst.py "$work"
if [ -z "$bin" ]; then
    cargo build --release --quiet
    bin=target/release/schemata
fi
python3 - "$bin" "$work" "$runs" <<'PY'
import json, os, statistics, subprocess, sys, time

bin, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
LIMIT = 300  # seconds: a run past this is reported as not finishing


def run(args, limit=LIMIT):
    """One run: (wall seconds, CPU seconds (user + system), peak RSS bytes), or None past
    the limit. The figures come from the kernel's accounting of the child (wait4)."""
    t = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execv(bin, [bin, *args])
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.perf_counter() - t > limit:
            os.kill(pid, 9)
            os.wait4(pid, 0)
            return None
        time.sleep(0.005)
    return time.perf_counter() - t, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def timed(args):
    """Median wall and CPU time in ms over `runs` runs, or None past the limit."""
    walls, cpus = [], []
    for _ in range(runs):
        r = run(args)
        if r is None:
            return None
        walls.append(r[0] * 1000)
        cpus.append(r[1] * 1000)
    return statistics.median(walls), statistics.median(cpus)


def show(label, r):
    if r is None:
        print(f"  {label}: did not finish in 5 minutes")
    else:
        print(f"  {label}: {r[0]:.0f} ms wall, {r[1]:.0f} ms CPU (medians of {runs})")


a = f"{work}/a"
out = subprocess.run([bin, "diff", f"{a}/old.json", f"{a}/new.json", "--format", "json"], capture_output=True, text=True, timeout=LIMIT)
report = json.loads(out.stdout)
changes = report["changes"]
breaking = [c for c in changes if c["breaking"]]
witnessed = [c for c in breaking if c.get("witness")]
size = os.path.getsize(f"{a}/new.json")
print(f"(a) {size / 1e6:.1f} MB schema, {len(changes)} changes, {len(breaking)} breaking, {len(witnessed)} of them with a witness ({100 * len(witnessed) / max(1, len(breaking)):.1f}%)")
show("diff (with witnesses)", timed(["diff", f"{a}/old.json", f"{a}/new.json", "--format", "json"]))
show("diff --no-witness", timed(["diff", f"{a}/old.json", f"{a}/new.json", "--format", "json", "--no-witness"]))

b = f"{work}/b"
print("(b) enum of 200,000 values (1,000 removed, 1,000 added, one duplicate)")
show("diff", timed(["diff", f"{b}/old.json", f"{b}/new.json", "--format", "json"]))
show("lint", timed(["lint", f"{b}/new.json", "--format", "json"]))

c = f"{work}/c"
size = os.path.getsize(f"{c}/new.json")
print(f"(c) {size / 1e6:.0f} MB schema, one changed property: peak RSS")
for label, args in [
    ("diff", ["diff", f"{c}/old.json", f"{c}/new.json", "--format", "json"]),
    ("validate (schema)", ["validate", f"{c}/new.json", "--format", "json"]),
    ("validate --schema (instance)", ["validate", "--schema", f"{c}/new.json", f"{c}/instance.json", "--format", "json"]),
]:
    r = run(args)
    if r is None:
        print(f"  {label}: did not finish in 5 minutes")
        continue
    print(f"  {label}: {r[2] / 1e6:.0f} MB = {r[2] / size:.1f}x the file ({r[0]:.1f} s wall, {r[1]:.1f} s CPU)")
PY
