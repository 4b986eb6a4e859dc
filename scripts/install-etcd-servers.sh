#!/usr/bin/env bash
# Fetch etcd 3.5 servers from Debian trixie (stable) and sid (unstable) beside the machine's own
# etcd 3.4.23, without replacing it: a private apt configuration downloads the .deb files, which
# are unpacked and their etcd, etcdctl and etcdutl copied to /opt/etcd-<version>/.
# Prints one line per server installed: "<suite> <version> <dir>".
# Usage: install-etcd-servers.sh [--require SUITE]... [--prefix DIR]   (suites: trixie sid)
# With --require, failing to fetch that suite's server is an error; the others are best effort
# (sid moves and may briefly lack a package).
set -euo pipefail

prefix=/opt
required=()
while [ $# -gt 0 ]; do
  case "$1" in
    --require) required+=("$2"); shift 2 ;;
    --prefix) prefix=$2; shift 2 ;;
    *) echo "install-etcd-servers: unknown argument $1" >&2; exit 2 ;;
  esac
done

# The machine's own Debian mirror, as its sources list names it.
mirror=$(sed -n 's/^URIs: *\([^ ]*debian\)\/\?$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
if [ -z "$mirror" ]; then
  mirror=$(sed -n 's/^deb \(\[[^]]*\] \)\?\([^ ]*debian\)\/\? .*/\2/p' /etc/apt/sources.list 2>/dev/null | head -1)
fi
[ -n "$mirror" ] || { echo "install-etcd-servers: no Debian mirror found in the apt sources" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fetch_suite() {
  local suite=$1 root="$work/$1"
  mkdir -p "$root/lists/partial" "$root/cache/archives/partial" "$root/debs" "$root/x"
  printf 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s %s main\n' "$mirror" "$suite" >"$root/sources.list"
  local opts=(-o "Dir::Etc::SourceList=$root/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$root/lists" -o "Dir::Cache=$root/cache" -o APT::Get::List-Cleanup=0
    -o Debug::NoLocking=1)
  apt-get "${opts[@]}" update -qq >"$root/update.log" 2>&1 || { cat "$root/update.log" >&2; return 1; }
  (cd "$root/debs" && apt-get "${opts[@]}" download etcd-server etcd-client >"$root/download.log" 2>&1) ||
    { cat "$root/download.log" >&2; return 1; }
  local deb
  for deb in "$root"/debs/*.deb; do dpkg-deb -x "$deb" "$root/x"; done
  local version
  version=$("$root/x/usr/bin/etcd" --version | sed -n 's/^etcd Version: *//p')
  [ -n "$version" ] || { echo "install-etcd-servers: $suite's etcd printed no version" >&2; return 1; }
  local dest="$prefix/etcd-$version"
  mkdir -p "$dest"
  local bin
  for bin in etcd etcdctl etcdutl; do
    [ -x "$root/x/usr/bin/$bin" ] && install -m 0755 "$root/x/usr/bin/$bin" "$dest/$bin"
  done
  echo "$suite $version $dest"
}

status=0
for suite in trixie sid; do
  if ! fetch_suite "$suite"; then
    if printf '%s\n' "${required[@]:-}" | grep -qx "$suite"; then
      echo "install-etcd-servers: could not fetch etcd from Debian $suite (required)" >&2
      status=1
    else
      echo "install-etcd-servers: could not fetch etcd from Debian $suite (skipped)" >&2
    fi
  fi
done
exit $status
