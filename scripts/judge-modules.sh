#!/usr/bin/env bash
# Download the Go modules the Go judges under test/ build with (bbolt 1.3.6 / 1.4 / 1.5 for the
# bbolt judge), so the tests find them in Go's module cache. Test tooling only.
set -euo pipefail
export PATH=/usr/local/go/bin:$PATH GOTOOLCHAIN=local GOFLAGS=-mod=mod
cd "$(dirname "$0")/../test/judge"
for modfile in go.mod bbolt-1.4.mod bbolt-1.5.mod; do
  go mod download -modfile="$modfile"
  go build -modfile="$modfile" -o /dev/null .
  echo "bbolt judge: $(sed -n 's/^require go.etcd.io\/bbolt //p' "$modfile") ready"
done
