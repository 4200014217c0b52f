#!/usr/bin/env bash
# Packages one built binary as a release archive plus its checksum, the layout that
# scripts/install.sh, action.yml and the binary pre-commit hooks download:
#
#   OUTDIR/schemata-VERSION-TARGET.tar.gz         (.zip for Windows targets)
#   OUTDIR/schemata-VERSION-TARGET.tar.gz.sha256  ("HASH  NAME", for sha256sum -c)
#
#   scripts/package-release.sh BINARY TARGET VERSION OUTDIR
set -euo pipefail
if [ "$#" -ne 4 ]; then
  echo "usage: $0 BINARY TARGET VERSION OUTDIR" >&2
  exit 2
fi
binary=$1 target=$2 version=${3#v} outdir=$4
here=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$binary" ] || { echo "package-release: no binary at $binary" >&2; exit 2; }
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
name="schemata-$version-$target"
case "$target" in
  *windows*) exe=schemata.exe ;;
  *) exe=schemata ;;
esac
cp "$binary" "$stage/$exe"
cp "$here/README.md" "$here/CHANGELOG.md" "$stage/"
case "$target" in
  *windows*)
    archive="$name.zip"
    target_path="$outdir/$archive"
    # 7-Zip on a Windows runner wants a Windows path.
    if command -v cygpath >/dev/null 2>&1; then target_path=$(cygpath -w "$target_path"); fi
    (cd "$stage" && if command -v 7z >/dev/null 2>&1; then 7z a -bd -tzip "$target_path" ./* >/dev/null; else zip -q "$target_path" ./*; fi)
    ;;
  *)
    archive="$name.tar.gz"
    # A reproducible archive: fixed order, owner and times.
    tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2000-01-01 00:00Z' \
      -C "$stage" -czf "$outdir/$archive" "$exe" README.md CHANGELOG.md 2>/dev/null \
      || tar -C "$stage" -czf "$outdir/$archive" "$exe" README.md CHANGELOG.md
    ;;
esac
(
  cd "$outdir"
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$archive" > "$archive.sha256"
  else
    shasum -a 256 "$archive" > "$archive.sha256"
  fi
)
echo "$outdir/$archive"
