#!/usr/bin/env bash
# etcd's own floor under `etcd-restore drill`, with no code of ours in the timed part: the snapshot
# restored once (3 members a, b, c, peer URLs on 127.0.0.1), then per round fresh copies on
# /dev/shm booted by plain etcd and timed, in ms:
#   boot     spawn of all 3 -> every /health true and all agree on one leader (polled every 20 ms)
#   stop     a graceful stop of all (STOP=alone: the followers together, then the leader once its
#            /metrics count no active peer, as the drill does; STOP=followers: the leader once the
#            followers have exited; STOP=sequential: the current leader one at a time, each waited
#            for, as the drill did before; STOP=all: SIGTERM to all at once)
#   restart  spawn again on the same data -> ready as for boot
#   kill     SIGKILL to all -> all reaped (the drill's end for throwaway copies)
# and the etcd processes' CPU time (user+sys, all 3) spent by each start.
#
# Usage: scripts/bench/drill-floor.sh <snapshot.db> [etcd] [rounds]
#   env: STOP=alone|followers|sequential|all, PORT=43380 (peers PORT..+2, clients PORT+10..+12),
#        WORK=a new folder in the temp folder (the restore: 3 x the db),
#        RUN=/dev/shm/drill-floor.$$ (the booted copies: 3 x the db, on memory as the drill's),
#        CLI=bin/etcd-restore (what restores)
# Needs curl. Removes its folders and leaves no etcd running.
set -euo pipefail
snapshot=${1:?usage: drill-floor.sh <snapshot.db> [etcd] [rounds]}
etcd=${2:-etcd}
rounds=${3:-1}
stop=${STOP:-alone}
port=${PORT:-43380}
work=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/drill-floor.XXXXXX")}
run=${RUN:-/dev/shm/drill-floor.$$}
cli=${CLI:-$(dirname "$0")/../../bin/etcd-restore}
members=(a b c)
declare -A pid peer client
for i in 0 1 2; do
  peer[${members[$i]}]=$((port + i))
  client[${members[$i]}]=$((port + 10 + i))
done
cluster="a=http://127.0.0.1:${peer[a]},b=http://127.0.0.1:${peer[b]},c=http://127.0.0.1:${peer[c]}"

cleanup() {
  for m in "${members[@]}"; do [ -n "${pid[$m]:-}" ] && kill -KILL "${pid[$m]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work" "$run"
}
trap cleanup EXIT
mkdir -p "$work" "$run"
now() { echo $(($(date +%s%N) / 1000000)); }

"$cli" snapshot restore "$snapshot" --out-dir "$work/restored" --initial-cluster "$cluster" \
  --initial-cluster-token floor --defrag never >"$work/restore.log" 2>&1
quota=$(($(stat -c %s "$work/restored/a/member/snap/db") + (1 << 30)))
# the drill's own choice (cluster.ts quotaFor): only above etcd 3.4's 2 GiB default
[ "$quota" -le $((2 << 30)) ] && quota=$((2 << 30))

start() {
  for m in "${members[@]}"; do
    "$etcd" --name "$m" --data-dir "$run/$m" \
      --listen-client-urls "http://127.0.0.1:${client[$m]}" \
      --advertise-client-urls "http://127.0.0.1:${client[$m]}" \
      --listen-peer-urls "http://127.0.0.1:${peer[$m]}" \
      --initial-advertise-peer-urls "http://127.0.0.1:${peer[$m]}" \
      --initial-cluster "$cluster" --initial-cluster-token floor --initial-cluster-state new \
      --quota-backend-bytes "$quota" >>"$work/$m.log" 2>&1 &
    pid[$m]=$!
  done
}
status() { curl -s -m 1 -XPOST "http://127.0.0.1:${client[$1]}/v3/maintenance/status" -d '{}'; }
leader_of() { status "$1" | sed -n 's/.*"leader":"\([0-9]*\)".*/\1/p'; }
id_of() { status "$1" | sed -n 's/.*"member_id":"\([0-9]*\)".*/\1/p'; }
ready() {
  local agreed="" l m
  for m in "${members[@]}"; do
    curl -s -m 1 "http://127.0.0.1:${client[$m]}/health" | grep -q '"health":"true"' || return 1
    l=$(leader_of "$m")
    [ -n "$l" ] && [ "$l" != 0 ] || return 1
    [ -z "$agreed" ] || [ "$agreed" = "$l" ] || return 1
    agreed=$l
  done
}
wait_ready() { until ready; do sleep 0.02; done; }
cpu_ms() {
  local sum=0 m f
  for m in "${members[@]}"; do
    read -ra f <"/proc/${pid[$m]}/stat"
    sum=$((sum + (f[13] + f[14]) * 1000 / $(getconf CLK_TCK)))
  done
  echo "$sum"
}
leader() {
  local lid m
  lid=$(leader_of a)
  for m in "${members[@]}"; do [ "$(id_of "$m")" = "$lid" ] && echo "$m" && return; done
  echo a
}
stop_all() {
  local m l rest=()
  case $stop in
    all)
      for m in "${members[@]}"; do kill -TERM "${pid[$m]}"; done
      for m in "${members[@]}"; do wait "${pid[$m]}" || true; done
      ;;
    alone)
      l=$(leader)
      for m in "${members[@]}"; do [ "$m" = "$l" ] || rest+=("$m"); done
      for m in "${rest[@]}"; do kill -TERM "${pid[$m]}"; done
      until curl -s -m 1 "http://127.0.0.1:${client[$l]}/metrics" |
        awk '/^etcd_network_active_peers\{/ { n += $NF; seen = 1 } END { exit !(seen && n == 0) }'; do
        sleep 0.02
      done
      kill -TERM "${pid[$l]}"
      for m in "${members[@]}"; do wait "${pid[$m]}" || true; done
      ;;
    followers)
      l=$(leader)
      for m in "${members[@]}"; do [ "$m" = "$l" ] || rest+=("$m"); done
      for m in "${rest[@]}"; do kill -TERM "${pid[$m]}"; done
      for m in "${rest[@]}"; do wait "${pid[$m]}" || true; done
      kill -TERM "${pid[$l]}"
      wait "${pid[$l]}" || true
      ;;
    sequential)
      rest=("${members[@]}")
      while [ ${#rest[@]} -gt 0 ]; do
        l=${rest[0]}
        if [ ${#rest[@]} -gt 1 ]; then
          local lid
          lid=$(leader_of "${rest[0]}")
          for m in "${rest[@]}"; do [ "$(id_of "$m")" = "$lid" ] && l=$m; done
        fi
        kill -TERM "${pid[$l]}"
        wait "${pid[$l]}" || true
        local next=()
        for m in "${rest[@]}"; do [ "$m" = "$l" ] || next+=("$m"); done
        rest=("${next[@]}")
      done
      ;;
    *) echo "STOP must be alone, followers, sequential or all" >&2 && exit 2 ;;
  esac
}

version=$("$etcd" --version | sed -n 's/^etcd Version: //p')
for round in $(seq "$rounds"); do
  rm -rf "${run:?}"/* "$work"/*.log
  cp -r "$work/restored/a" "$work/restored/b" "$work/restored/c" "$run/"
  t=$(now); start; wait_ready; boot=$(($(now) - t)); boot_cpu=$(cpu_ms)
  t=$(now); stop_all; stopped=$(($(now) - t))
  t=$(now); start; wait_ready; restart=$(($(now) - t)); restart_cpu=$(cpu_ms)
  t=$(now)
  for m in "${members[@]}"; do kill -KILL "${pid[$m]}"; done
  for m in "${members[@]}"; do wait "${pid[$m]}" 2>/dev/null || true; done
  killed=$(($(now) - t))
  pid=()
  echo "floor etcd $version round $round: boot $boot stop($stop) $stopped restart $restart kill $killed ms;" \
    "etcd cpu boot $boot_cpu restart $restart_cpu ms; load $(cut -d' ' -f1 /proc/loadavg)"
done
