#!/usr/bin/env bash
# bench/client_vs_official_sdk — the same workload through `aigc-audio batch` (ours) and through the
# unmodified official Node SDK (tencentcloud-sdk-nodejs-vod, official_sdk_client.mjs), against
# aigc-vod-emulator on loopback, with ratios ours / official.
#
# Workload per client: N tasks (Kling, sfx, varying short prompts, Duration 2, wav), polled every
# POLL seconds until done, every output downloaded to a temporary folder and checked to be a WAV of
# exactly the requested length.
# Measured per client process: wall, CPU (user+sys) and peak RSS (GNU /usr/bin/time), requests (counted
# by the emulator: --log, one SecretId per client), tasks finished/failed, files valid.
#
# Each client run gets its own fresh, memory-only emulator (same flags, both SecretIds known to it), so
# no run inherits another's rate-limit window, task store or render cache. Runs alternate A B A B.
#
# Usage: bench/client_vs_official_sdk/run.sh [--quick] [--tasks N] [--reps N] [--poll-interval S]
#                                            [--task-seconds S] [--keep]
#   --quick   smoke mode: 20 tasks, one run per client (~10 s)
#   defaults: 200 tasks, 2 runs per client (A B A B), poll interval 1 s, emulator --task-seconds 2
#   --keep    keep the work folder (logs, downloads) and print its path
# Environment: AIGC_BIN_DIR (default: <repo>/build/bin).
# Not part of ctest (too long). Builds nothing: build first with ./scripts/build (or ./scripts/test).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BIN="${AIGC_BIN_DIR:-$ROOT/build/bin}"

TASKS=200
REPS=2
POLL=1
TASK_SECONDS=2
DURATION=2
KEEP=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) TASKS=20; REPS=1; shift ;;
        --tasks) TASKS="$2"; shift 2 ;;
        --reps) REPS="$2"; shift 2 ;;
        --poll-interval) POLL="$2"; shift 2 ;;
        --task-seconds) TASK_SECONDS="$2"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

for exe in aigc-audio aigc-vod-emulator; do
    if [[ ! -x "$BIN/$exe" ]]; then
        echo "run.sh: $BIN/$exe is missing. Build first: ./scripts/build (or ./scripts/test), or set AIGC_BIN_DIR." >&2
        exit 1
    fi
done
if [[ ! -x /usr/bin/time ]]; then
    echo "run.sh: GNU time is missing: sudo apt-get install time" >&2
    exit 1
fi
command -v node >/dev/null || { echo "run.sh: node is missing (Debian: sudo apt-get install nodejs npm)" >&2; exit 1; }
if [[ ! -d "$HERE/node_modules/tencentcloud-sdk-nodejs-vod" ]]; then
    echo "run.sh: installing the pinned SDK (npm ci) ..." >&2
    (cd "$HERE" && npm ci --no-audit --no-fund >&2)
fi

# One SecretId per client; the emulator log masks them as AKID****<last 4>, so the last four differ.
OURS_ID=AKIDBENCHCLIENTVSOFFICIALSDK0000OURS
OURS_KEY=BenchOursSecretKey00000000000000
SDK_ID=AKIDBENCHCLIENTVSOFFICIALSDK0000NSDK
SDK_KEY=BenchSdkSecretKey000000000000000

WORK="$(mktemp -d "${TMPDIR:-/tmp}/aigc-bench-cvo.XXXXXX")"
EMU_PID=""
cleanup() {
    if [[ -n "$EMU_PID" ]]; then kill "$EMU_PID" 2>/dev/null || true; wait "$EMU_PID" 2>/dev/null || true; fi
    if [[ "$KEEP" == 1 ]]; then echo "work folder kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# Short prompts that vary (no '#': it starts a comment in a batch file and marks emulator triggers).
SOUNDS=("rain on a tin roof" "door creaking open" "footsteps on gravel" "distant thunder" "glass breaking"
        "campfire crackling" "ocean waves" "wind through pines" "a bell ringing" "fireworks bursting"
        "birds at dawn" "a coin dropping" "city traffic" "a cat purring" "heavy rain" "a kettle whistling")
for ((i = 0; i < TASKS; i++)); do
    echo "${SOUNDS[i % ${#SOUNDS[@]}]}, take $((i + 1))"
done > "$WORK/prompts.txt"

start_emulator() { # $1 = log file; sets EMU_PID and PORT
    : > "$1.stdout"
    "$BIN/aigc-vod-emulator" --listen 127.0.0.1:0 --task-seconds "$TASK_SECONDS" --log \
        --secret-id "$OURS_ID" --secret-key "$OURS_KEY" --secret-id "$SDK_ID" --secret-key "$SDK_KEY" \
        > "$1.stdout" 2> "$1" &
    EMU_PID=$!
    PORT=""
    for ((t = 0; t < 100; t++)); do
        PORT="$(sed -n 's|^listening on http://127\.0\.0\.1:\([0-9][0-9]*\)$|\1|p' "$1.stdout" 2>/dev/null || true)"
        [[ -n "$PORT" ]] && return 0
        kill -0 "$EMU_PID" 2>/dev/null || break
        sleep 0.05
    done
    echo "run.sh: the emulator did not start:" >&2; cat "$1" >&2; exit 1
}
stop_emulator() {
    kill "$EMU_PID" 2>/dev/null || true
    wait "$EMU_PID" 2>/dev/null || true
    EMU_PID=""
}

TIMEFMT='%e %U %S %M'
: > "$WORK/runs.tsv"
echo "client_vs_official_sdk: $TASKS tasks, poll ${POLL}s, emulator --task-seconds $TASK_SECONDS, $REPS run(s) per client (A B ...)" >&2
for ((rep = 1; rep <= REPS; rep++)); do
    for client in ours official; do
        R="$WORK/$rep-$client"
        mkdir -p "$R/downloads"
        start_emulator "$R/emulator.log"
        load="$(cut -d' ' -f1 /proc/loadavg)"
        if [[ "$client" == ours ]]; then
            # Its history, library and settings in the run's folder: every run starts from the same
            # empty state, and the user's own history never receives bench tasks.
            ( cd "$R" && TENCENTCLOUD_SECRET_ID="$OURS_ID" TENCENTCLOUD_SECRET_KEY="$OURS_KEY" \
                AIGC_AUDIO_CONFIG_DIR="$R/config" AIGC_AUDIO_DATA_DIR="$R/data" AIGC_AUDIO_LIBRARY_DIR="$R/library" \
                /usr/bin/time -o "$R/time.txt" -f "$TIMEFMT" \
                "$BIN/aigc-audio" batch "$WORK/prompts.txt" --model Kling --scene sfx --duration "$DURATION" \
                --format wav --endpoint "http://127.0.0.1:$PORT" --poll-interval "$POLL" \
                --download-dir "$R/downloads" --json > "$R/client.stdout" 2> "$R/client.stderr" ) || true
            masked="AKID****${OURS_ID: -4}"
        else
            ( cd "$R" && TENCENTCLOUD_SECRET_ID="$SDK_ID" TENCENTCLOUD_SECRET_KEY="$SDK_KEY" \
                /usr/bin/time -o "$R/time.txt" -f "$TIMEFMT" \
                node "$HERE/official_sdk_client.mjs" --port "$PORT" --prompts "$WORK/prompts.txt" \
                --download-dir "$R/downloads" --poll-interval "$POLL" --duration "$DURATION" --format wav \
                > "$R/client.stdout" 2> "$R/client.stderr" ) || true
            masked="AKID****${SDK_ID: -4}"
        fi
        stop_emulator
        printf '%s\t%s\t%s\t%s\t%s\n' "$rep" "$client" "$masked" "$R" "$load" >> "$WORK/runs.tsv"
        echo "  run $rep $client: $(tail -n1 "$R/time.txt") (wall user sys maxrss-KB)" >&2
    done
done

node "$HERE/report.mjs" --runs "$WORK/runs.tsv" --tasks "$TASKS" --duration "$DURATION" \
    --poll-interval "$POLL" --task-seconds "$TASK_SECONDS"
