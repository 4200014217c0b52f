#!/usr/bin/env bash
# Installs a released schemata binary, verified by its published SHA-256, in seconds.
#
#   scripts/install.sh --version 0.1.0 [--to DIR] [--target TRIPLE] [--base-url URL]
#
# Downloads BASE/v<version>/schemata-<version>-<target>.tar.gz (.zip on Windows) and its
# .sha256 from the GitHub release (BASE defaults to the project's releases/download URL, or
# $SCHEMATA_RELEASE_URL), checks the archive against the checksum and puts the binary in DIR
# (default ~/.local/bin). The target is worked out from uname (Linux: the static musl build
# on x86_64, the glibc build on aarch64).
#
# Exit codes: 0 installed; 1 a download or checksum failed (nothing is installed: a
# mismatch is never ignored); 2 bad arguments; 3 no release archive for this version and
# target (callers fall back to `cargo install --locked`).
set -euo pipefail

version="" dest="${HOME:-.}/.local/bin" target="" \
  base="${SCHEMATA_RELEASE_URL:-https://github.com/schemata-dev/schemata/releases/download}"
while [ "$#" -gt 0 ]; do
  case "$1" in
    --version) version=${2#v}; shift 2 ;;
    --to) dest=$2; shift 2 ;;
    --target) target=$2; shift 2 ;;
    --base-url) base=$2; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$version" ] || { echo "install.sh: --version is required" >&2; exit 2; }

if [ -z "$target" ]; then
  os=$(uname -s) arch=$(uname -m)
  case "$os/$arch" in
    Linux/x86_64|Linux/amd64) target=x86_64-unknown-linux-musl ;;
    Linux/aarch64|Linux/arm64) target=aarch64-unknown-linux-gnu ;;
    Darwin/x86_64) target=x86_64-apple-darwin ;;
    Darwin/arm64|Darwin/aarch64) target=aarch64-apple-darwin ;;
    MINGW*/*|MSYS*/*|CYGWIN*/*|Windows_NT/*) target=x86_64-pc-windows-msvc ;;
    *) echo "install.sh: no release build for $os $arch" >&2; exit 3 ;;
  esac
fi
case "$target" in
  *windows*) archive="schemata-$version-$target.zip" exe=schemata.exe ;;
  *) archive="schemata-$version-$target.tar.gz" exe=schemata ;;
esac
url="${base%/}/v$version/$archive"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fetch() {
  # curl -f: an HTTP error is a failure; 22 (HTTP 404) and 37 (file:// missing) mean "none".
  local code=0
  curl -fsSL --retry 2 -o "$2" "$1" || code=$?
  case "$code" in
    0) return 0 ;;
    22|37) echo "install.sh: no release archive at $1" >&2; exit 3 ;;
    *) echo "install.sh: download of $1 failed (curl exit $code)" >&2; exit 1 ;;
  esac
}
fetch "$url.sha256" "$work/$archive.sha256"
fetch "$url" "$work/$archive"
expected=$(awk '{print $1; exit}' "$work/$archive.sha256")
if command -v sha256sum >/dev/null 2>&1; then
  actual=$(sha256sum "$work/$archive" | awk '{print $1}')
else
  actual=$(shasum -a 256 "$work/$archive" | awk '{print $1}')
fi
if [ -z "$expected" ] || [ "$expected" != "$actual" ]; then
  echo "install.sh: checksum mismatch for $archive (expected ${expected:-nothing}, got $actual); nothing installed" >&2
  exit 1
fi
mkdir -p "$work/x" "$dest"
case "$archive" in
  *.zip) unzip -q "$work/$archive" "$exe" -d "$work/x" ;;
  *) tar -xzf "$work/$archive" -C "$work/x" "$exe" ;;
esac
chmod +x "$work/x/$exe"
# Into place with a rename, so a running schemata is never overwritten half-way.
cp "$work/x/$exe" "$dest/.$exe.partial"
mv -f "$dest/.$exe.partial" "$dest/$exe"
echo "installed schemata $version ($target) in $dest"
