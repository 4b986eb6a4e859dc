#!/usr/bin/env bash
# Build etcd 3.6 and 3.7 (server, etcdctl, etcdutl) from etcd's Go modules into
# /opt/etcd-<version>/, the layout of the Debian 3.5 servers (install-etcd-servers.sh), so every
# test and tool finds them the same way. Test tooling: the product never runs Go.
#
# Each line has a wrapper module in test/etcd-build/<line>/ that pins one release of etcd's
# modules (server, etcdutl, etcdctl, api, client, client/pkg, pkg at the same version) and
# builds one binary that acts as etcd, etcdctl or etcdutl by the name it is run as; the three
# names are hard links to it. Go's module and build caches make a second run take seconds.
#
# Prints one line per server built: "<line> <version> <dir>".
# Usage: build-etcd.sh [--prefix DIR] [LINE[@vX.Y.Z]]...   (default: 3.6 3.7 at their pins)
#   LINE@vX.Y.Z builds another release of that line (a temporary copy of the wrapper with that
#   version pinned, e.g. 3.6@v3.6.18).
set -euo pipefail

prefix=/opt
lines=()
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; shift 2 ;;
    -*) echo "build-etcd: unknown argument $1" >&2; exit 2 ;;
    *) lines+=("$1"); shift ;;
  esac
done
[ ${#lines[@]} -gt 0 ] || lines=(3.6 3.7)

# The machine's Go (/usr/local/go), never an older one earlier on PATH (Debian's golang-go).
export PATH=/usr/local/go/bin:$PATH
go version >/dev/null 2>&1 || { echo "build-etcd: Go not found at /usr/local/go/bin/go" >&2; exit 1; }
export CGO_ENABLED=0 GOFLAGS=-mod=mod GOTOOLCHAIN=local

here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build_line() {
  local line=${1%@*} pin= src
  [ "$1" != "$line" ] && pin=${1#*@}
  src="$here/test/etcd-build/$line"
  [ -f "$src/go.mod" ] || { echo "build-etcd: no wrapper module for etcd $line ($src)" >&2; return 1; }
  if [ -n "$pin" ]; then
    cp -rL "$src" "$work/$line" && src="$work/$line" # -L: 3.7/main.go links to 3.6/
    local mod args=()
    for mod in server/v3 etcdutl/v3 etcdctl/v3 api/v3 client/v3 client/pkg/v3 pkg/v3; do
      args+=("go.etcd.io/etcd/$mod@$pin")
    done
    (cd "$src" && go get "${args[@]}" >&2 && go mod tidy >&2) ||
      { echo "build-etcd: cannot pin etcd $line to $pin" >&2; return 1; }
  fi
  local out="$work/bin-$line"
  mkdir -p "$out"
  (cd "$src" && go build -trimpath -ldflags='-s -w' -o "$out/etcd" .) ||
    { echo "build-etcd: go build of etcd $line failed" >&2; return 1; }
  local version
  version=$("$out/etcd" --version | sed -n 's/^etcd Version: *//p')
  case "$version" in
    "$line".*) ;;
    *) echo "build-etcd: built etcd reports version '$version', not $line.x" >&2; return 1 ;;
  esac
  # Stage beside the destination and rename, so a folder /opt/etcd-<v> is always complete.
  local dest="$prefix/etcd-$version" stage="$prefix/.etcd-$version.tmp.$$"
  rm -rf "$stage" && mkdir -p "$stage"
  install -m 0755 "$out/etcd" "$stage/etcd"
  ln "$stage/etcd" "$stage/etcdctl"
  ln "$stage/etcd" "$stage/etcdutl"
  rm -rf "$dest" && mv "$stage" "$dest"
  echo "$line $version $dest"
}

for line in "${lines[@]}"; do build_line "$line"; done
