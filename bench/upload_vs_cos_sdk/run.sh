#!/usr/bin/env bash
# bench/upload_vs_cos_sdk — upload throughput of one file to aigc-vod-emulator: `aigc-audio upload`
# (ours: ApplyUpload -> multipart, 8 MiB parts, 3 in flight -> CommitUpload) against the official SDKs
# doing the same (official_cos_upload.mjs: tencentcloud-sdk-nodejs-vod for ApplyUpload/CommitUpload,
# cos-nodejs-sdk-v5 sliceUploadFile with the same part size and parallelism), in the same invocation,
# runs alternating A B A B, each on a fresh emulator. Every upload is verified: the emulator's
# MediaUrl is read back and its MD5 compared with the file's.
# Measured per client process: wall (ApplyUpload to CommitUpload and the whole process), throughput,
# CPU (user+sys) and peak RSS (GNU /usr/bin/time). Ratios are ours / official.
#
# Usage: bench/upload_vs_cos_sdk/run.sh [--quick] [--mib N] [--reps N] [--keep]
#   defaults: a 200 MiB file, 2 runs per client (A B A B); --quick: 32 MiB, one run each
# Environment: AIGC_BIN_DIR (default: <repo>/build/bin). Not part of ctest. Builds nothing.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BIN="${AIGC_BIN_DIR:-$ROOT/build/bin}"
MIB=200
REPS=2
KEEP=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) MIB=32; REPS=1; shift ;;
        --mib) MIB="$2"; shift 2 ;;
        --reps) REPS="$2"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
for exe in aigc-audio aigc-vod-emulator; do
    [[ -x "$BIN/$exe" ]] || { echo "run.sh: $BIN/$exe is missing; build first (./scripts/build)" >&2; exit 1; }
done
[[ -x /usr/bin/time ]] || { echo "run.sh: GNU time is missing: sudo apt-get install time" >&2; exit 1; }
command -v node >/dev/null || { echo "run.sh: node is missing" >&2; exit 1; }
command -v curl >/dev/null || { echo "run.sh: curl is missing" >&2; exit 1; }
if [[ ! -d "$HERE/node_modules/cos-nodejs-sdk-v5" ]]; then
    echo "run.sh: installing the pinned SDKs (npm ci) ..." >&2
    (cd "$HERE" && npm ci --no-audit --no-fund >&2)
fi

ID=AKIDBENCHUPLOADVSCOSSDK0000000000000
KEY=BenchUploadSecretKey000000000000
WORK="$(mktemp -d "${TMPDIR:-/tmp}/aigc-bench-upload.XXXXXX")"
EMU_PID=""
cleanup() {
    if [[ -n "$EMU_PID" ]]; then kill "$EMU_PID" 2>/dev/null || true; wait "$EMU_PID" 2>/dev/null || true; fi
    if [[ "$KEEP" == 1 ]]; then echo "work folder kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

FILE="$WORK/reference.mp4"
head -c "$((MIB * 1024 * 1024))" /dev/urandom > "$FILE"
WANT_MD5="$(md5sum "$FILE" | cut -d' ' -f1)"

start_emulator() { # $1 = folder; sets EMU_PID and PORT
    "$BIN/aigc-vod-emulator" --listen 127.0.0.1:0 --secret-id "$ID" --secret-key "$KEY" \
        --data-dir "$1/emulator-data" > "$1/emulator.stdout" 2> "$1/emulator.log" &
    EMU_PID=$!
    PORT=""
    for ((t = 0; t < 100; t++)); do
        PORT="$(sed -n 's|^listening on http://127\.0\.0\.1:\([0-9][0-9]*\)$|\1|p' "$1/emulator.stdout" 2>/dev/null || true)"
        [[ -n "$PORT" ]] && return 0
        sleep 0.05
    done
    echo "run.sh: the emulator did not start" >&2; cat "$1/emulator.log" >&2; exit 1
}

echo "upload_vs_cos_sdk: one ${MIB} MiB file, 8 MiB parts, 3 in flight, $REPS run(s) per client (A B ...)" >&2
printf 'rep\tclient\twall_s\tupload_ms\tuser_s\tsys_s\tmaxrss_kb\tverified\n' > "$WORK/runs.tsv"
for ((rep = 1; rep <= REPS; rep++)); do
    for client in ours official; do
        R="$WORK/$rep-$client"
        mkdir -p "$R"
        start_emulator "$R"
        if [[ "$client" == ours ]]; then
            TENCENTCLOUD_SECRET_ID="$ID" TENCENTCLOUD_SECRET_KEY="$KEY" AIGC_AUDIO_DATA_DIR="$R/data" \
                AIGC_AUDIO_CONFIG_DIR="$R/config" HOME="$R" \
                /usr/bin/time -o "$R/time.txt" -f '%e %U %S %M' \
                "$BIN/aigc-audio" upload "$FILE" --endpoint "http://127.0.0.1:$PORT" --part-size 8 --json \
                > "$R/out.json" 2> "$R/err.txt"
        else
            TENCENTCLOUD_SECRET_ID="$ID" TENCENTCLOUD_SECRET_KEY="$KEY" \
                /usr/bin/time -o "$R/time.txt" -f '%e %U %S %M' \
                node "$HERE/official_cos_upload.mjs" --port "$PORT" --file "$FILE" --chunk-mib 8 --parallel 3 \
                > "$R/out.json" 2> "$R/err.txt"
        fi
        URL="$(node -e 'const o=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));process.stdout.write(o.MediaUrl||"")' "$R/out.json")"
        GOT_MD5="$(curl -sf --connect-to "::127.0.0.1:$PORT" "$URL" | md5sum | cut -d' ' -f1 || true)"
        verified=no
        [[ "$GOT_MD5" == "$WANT_MD5" ]] && verified=yes
        UPLOAD_MS="$(node -e 'const o=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));process.stdout.write(String(o.ms??""))' "$R/out.json")"
        kill "$EMU_PID" 2>/dev/null || true; wait "$EMU_PID" 2>/dev/null || true; EMU_PID=""
        read -r wall user sys rss < "$R/time.txt"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rep" "$client" "$wall" "$UPLOAD_MS" "$user" "$sys" "$rss" "$verified" >> "$WORK/runs.tsv"
        echo "  run $rep $client: wall ${wall}s, user ${user}s, sys ${sys}s, peak RSS ${rss} KiB, verified $verified" >&2
    done
done

node - "$WORK/runs.tsv" "$MIB" <<'JS'
const fs = require('fs');
const [file, mib] = process.argv.slice(2);
const rows = fs.readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => {
  const [rep, client, wall, uploadMs, user, sys, rss, verified] = l.split('\t');
  return { rep, client, wall: +wall, uploadMs: +uploadMs, cpu: +user + +sys, rss: +rss, verified };
});
const median = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const stat = (client) => {
  const r = rows.filter((x) => x.client === client);
  return { wall: median(r.map((x) => x.wall)), cpu: median(r.map((x) => x.cpu)), rss: median(r.map((x) => x.rss)),
    uploadMs: median(r.map((x) => x.uploadMs)), ok: r.every((x) => x.verified === 'yes'), n: r.length };
};
const o = stat('ours'), s = stat('official');
const fmt = (x, d = 2) => x.toFixed(d);
console.log(`| | aigc-audio upload | official SDKs (vod + cos-nodejs-sdk-v5) | ours / official |`);
console.log(`|---|---|---|---|`);
console.log(`| wall, whole process (median of ${o.n}) | ${fmt(o.wall)} s | ${fmt(s.wall)} s | ${fmt(o.wall / s.wall)}× |`);
console.log(`| throughput | ${fmt(mib / o.wall, 1)} MiB/s | ${fmt(mib / s.wall, 1)} MiB/s | ${fmt(s.wall / o.wall)}× |`);
console.log(`| official, ApplyUpload to CommitUpload only (no Node start-up) | | ${fmt(s.uploadMs / 1000)} s (${fmt(mib / (s.uploadMs / 1000), 1)} MiB/s) | ${fmt(o.wall / (s.uploadMs / 1000))}× (our whole process) |`);
console.log(`| CPU (user+sys) | ${fmt(o.cpu)} s | ${fmt(s.cpu)} s | ${fmt(o.cpu / s.cpu)}× |`);
console.log(`| peak RSS | ${fmt(o.rss / 1024, 0)} MiB | ${fmt(s.rss / 1024, 0)} MiB | ${fmt(o.rss / s.rss)}× |`);
console.log(`| every upload read back with the right MD5 | ${o.ok ? 'yes' : 'NO'} | ${s.ok ? 'yes' : 'NO'} | |`);
JS
