#!/usr/bin/env bash
# Every performance figure in docs/performance.md, in one run, on this machine:
#
#     Benchmarks/run-all.sh [OUTPUT]        # default: benchmark-results.txt
#     ONLY=idle IDLE_SECONDS=10 Benchmarks/run-all.sh   # one part: desk, dashboard, dump, import, concurrency, config, staffing, scale, idle
#
# Builds in release mode, then runs, one after another so they do not compete for the
# cores: the desk (key press -> screen), the dashboard and a save on 5 million contacts, the
# nightly dump for a day and a year, importing a million contacts, fifty processes saving at
# once, and an idle desk and dashboard for a minute each (CPU and resident memory, read from
# /proc, as a user runs them in tmux). Each benchmark prints its floor and ratio beside its
# figures. The databases are built on first use in $TMPDIR (about 15 minutes, 3 GB) and
# reused. Needs tmux for the idle measurement.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-benchmark-results.txt}
swift build -c release 2>&1 | tail -1
bin=.build/release
tmp=${TMPDIR:-/tmp}
part() { [ -z "${ONLY:-}" ] || [ "$ONLY" = "$1" ]; }

{
  echo "# Servicecenter benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  part desk && { echo; echo "## desk-benchmark"; "$bin/desk-benchmark"; }
  part dashboard && { echo; echo "## dashboard-benchmark (5,000,000 contacts; with the save and its floor)"; "$bin/dashboard-benchmark" --iterations 1000; }
  part dump && { echo; echo "## dump-benchmark"; "$bin/dump-benchmark"; }
  part import && { echo; echo "## import-benchmark"; "$bin/import-benchmark"; }
  part concurrency && { echo; echo "## concurrency-check"; "$bin/concurrency-check" --processes 50 --seconds 60 || true; }
  part config && { echo; echo "## config-benchmark"; "$bin/config-benchmark"; }
  part staffing && { echo; echo "## staffing-benchmark (a day's plan on a year of history; with its floor)"; "$bin/staffing-benchmark"; }
  # Linked as the README installs it: the scaling table's start-up figures are the installed program's.
  part scale && { echo; echo "## scale-benchmark (10,000 to 1,000,000 contacts; SCALE_SIZES to change)"
    swift build -c release --static-swift-stdlib --product servicecenter 2>&1 | tail -1
    "$bin/scale-benchmark" --sizes "${SCALE_SIZES:-10000,100000,1000000}"; }
  part idle || exit 0

  seconds=${IDLE_SECONDS:-60}
  echo; echo "## idle desk and dashboard ($seconds s each, tmux 100x30, demo database)"
  idle=$(mktemp -d "$tmp/idle-XXXXXX")
  export SERVICECENTER_CONFIG="$PWD/Config" SERVICECENTER_DATABASE="$idle/servicecenter.sqlite"
  USER=admin "$bin/servicecenter" demo --days 20 --per-day 900 > /dev/null
  ticks=$(getconf CLK_TCK)
  for who in "desk anna" "dashboard maria"; do
    set -- $who
    session="idle-$1-$$"
    tmux new-session -d -s "$session" -x 100 -y 30 "env USER=$2 $bin/servicecenter $1"
    sleep 3
    [ "$1" = desk ] && tmux send-keys -t "$session" Enter && sleep 2   # choose the phone station
    pid=$(pgrep -n -f "servicecenter $1")
    cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
    before=$(cpu); sleep "$seconds"; after=$(cpu)
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    awk -v what="$1" -v used=$((after - before)) -v ticks="$ticks" -v seconds="$seconds" -v rss="$rss" \
      'BEGIN { printf "%-10s CPU while idle: %.2f s in %d s (%.2f s a minute); resident: %d MB\n", what, used / ticks, seconds, used / ticks * 60 / seconds, rss / 1024 }'
    tmux kill-session -t "$session"
  done
  rm -rf "$idle"
} 2>&1 | tee "$out"
