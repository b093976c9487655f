#!/usr/bin/env bash
# Startup of aigc-audio-studio against a minimal Qt Widgets window, measured in the same run:
# process start -> first paint of the main window, and resident memory after one idle second, for an
# empty history and for 10,000 tasks in history. Prints medians and ratios.
#   bench/startup/run.sh [--runs N]      (default 7 runs each, alternating)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=7
[[ "${1:-}" == "--runs" ]] && runs=$2
bin=build/bin
for b in aigc-audio-studio bench_minimal_window bench_seed_history; do
    [[ -x $bin/$b ]] || { echo "missing $bin/$b: run ./scripts/build first" >&2; exit 1; }
done
work=$(mktemp -d)
xvfb_pid=""
cleanup() { [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [[ -z "${DISPLAY:-}" ]]; then
    Xvfb :91 -screen 0 1440x900x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=:91
    sleep 1
fi

measure() { # label command... -> "ms kib"
    local out
    out=$(AIGC_STARTUP_PROBE=1 timeout 60 "$@" 2>/dev/null)
    echo "$(grep first-paint-ms <<<"$out" | cut -d' ' -f2) $(grep idle-rss-kib <<<"$out" | cut -d' ' -f2)"
}

app_env() { # case -> environment for an isolated app
    local dir="$work/$1"
    mkdir -p "$dir"
    echo "HOME=$dir XDG_CONFIG_HOME=$dir/config AIGC_AUDIO_CONFIG_DIR=$dir/config AIGC_AUDIO_DATA_DIR=$dir/data AIGC_AUDIO_LIBRARY_DIR=$dir/library"
}

# Prepare: an empty-history app (its first run creates the demo profile; run it once untimed), and one
# with 10,000 tasks.
for case in empty tenk; do
    env $(app_env $case) AIGC_STARTUP_PROBE=1 timeout 60 $bin/aigc-audio-studio >/dev/null 2>&1 || true
done
env $(app_env tenk) $bin/bench_seed_history "$work/tenk/data/history.sqlite" 10000 >/dev/null

declare -A ms kib
for ((i = 0; i < runs; i++)); do
    read -r a b < <(measure $bin/bench_minimal_window); ms[base]+="$a "; kib[base]+="$b "
    read -r a b < <(env $(app_env empty) bash -c "AIGC_STARTUP_PROBE=1 timeout 60 $bin/aigc-audio-studio 2>/dev/null" | tr '\n' ' ' | awk '{print $2, $4}'); ms[empty]+="$a "; kib[empty]+="$b "
    read -r a b < <(env $(app_env tenk) bash -c "AIGC_STARTUP_PROBE=1 timeout 60 $bin/aigc-audio-studio 2>/dev/null" | tr '\n' ' ' | awk '{print $2, $4}'); ms[tenk]+="$a "; kib[tenk]+="$b "
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{v[NR]=$1} END {print (NR%2)? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
bm=$(median "${ms[base]}"); bk=$(median "${kib[base]}")
printf '%-34s %14s %14s %10s %10s\n' "case ($runs runs, median)" "first paint ms" "idle RSS MiB" "ms ratio" "RSS ratio"
printf '%-34s %14s %14.1f %10s %10s\n' "minimal Qt Widgets window" "$bm" "$(echo "$bk/1024" | bc -l)" "1.00" "1.00"
for case in empty tenk; do
    m=$(median "${ms[$case]}"); k=$(median "${kib[$case]}")
    label=$([[ $case == empty ]] && echo "aigc-audio-studio, empty history" || echo "aigc-audio-studio, 10,000 tasks")
    printf '%-34s %14s %14.1f %10.2f %10.2f\n' "$label" "$m" "$(echo "$k/1024" | bc -l)" "$(echo "$m/$bm" | bc -l)" "$(echo "$k/$bk" | bc -l)"
done
echo "raw first-paint ms: base=[${ms[base]}] empty=[${ms[empty]}] tenk=[${ms[tenk]}]"
