#!/usr/bin/env bash
# bench/export_vs_ffmpeg — the export pipeline against ffmpeg doing the same work, in the same
# invocation: N ten-second sounds (44.1 kHz stereo 16-bit WAV, as the service delivers them, made by
# ffmpeg's lavfi sources: pink noise and a tone under a slow level swell, so every file has another
# loudness) exported to 48 kHz / 24-bit WAV normalised to -16 LUFS under a -1 dBTP ceiling.
#   ours:   one `aigc-audio export --input F... --rate 48000 --bits 24 --loudness -16 --true-peak -1`
#           (libsndfile, libebur128 integrated + true peak, libsoxr HQ; --jobs, default: cores, at most 4)
#   ffmpeg: per file, a measuring pass `-af ebur128=peak=true` (its summary's I and Peak), then
#           `-af volume=GAIN,aresample=48000:resampler=soxr -c:a pcm_s24le` with the same gain rule
#           (target - I, lowered so the true peak stays under the ceiling), the files one after another
#           as a shell script does it (--ffmpeg-parallel N runs N at once with xargs -P).
# Runs alternate ours, ffmpeg, ours, ffmpeg...; medians of the runs per side. Measured with GNU
# /usr/bin/time around the whole side: wall, CPU (user+sys), peak RSS (the largest single process:
# for ffmpeg, the largest of its 2N processes). Every 10th output of every run is checked with
# ffmpeg's ebur128 (48 kHz, 24-bit, -16 LUFS within 0.3 LU, true peak <= -1 dBTP), untimed.
#
# Usage: bench/export_vs_ffmpeg/run.sh [--quick] [--files N] [--reps N] [--jobs N]
#                                      [--ffmpeg-parallel N] [--keep]
#   defaults: 100 files, 2 runs per side; --quick: 10 files, one run each
# Environment: AIGC_BIN_DIR (default: <repo>/build/bin). Not part of ctest. Builds nothing.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BIN="${AIGC_BIN_DIR:-$ROOT/build/bin}"
FILES=100
REPS=2
JOBS=""
FFPAR=1
KEEP=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) FILES=10; REPS=1; shift ;;
        --files) FILES="$2"; shift 2 ;;
        --reps) REPS="$2"; shift 2 ;;
        --jobs) JOBS="$2"; shift 2 ;;
        --ffmpeg-parallel) FFPAR="$2"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ -x "$BIN/aigc-audio" ]] || { echo "run.sh: $BIN/aigc-audio is missing; build first (./scripts/build)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "run.sh: GNU time is missing: sudo apt-get install time" >&2; exit 1; }
command -v ffmpeg >/dev/null || { echo "run.sh: ffmpeg is missing (scripts/setup installs it)" >&2; exit 1; }

TARGET=-16
CEILING=-1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/aigc-bench-export.XXXXXX")"
cleanup() { if [[ "$KEEP" == 1 ]]; then echo "work folder kept: $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

# The inputs: one long sound cut into ten-second files by ffmpeg's segment muxer.
mkdir -p "$WORK/in"
ffmpeg -hide_banner -nostdin -v error \
    -f lavfi -i "anoisesrc=c=pink:r=44100:a=0.3:d=$((FILES * 10)):seed=7" \
    -f lavfi -i "sine=f=220:r=44100:d=$((FILES * 10))" \
    -filter_complex "[0][1]amix=inputs=2:normalize=0,volume=eval=frame:volume='0.35+0.3*sin(t/23)',aformat=channel_layouts=stereo" \
    -c:a pcm_s16le -f segment -segment_time 10 "$WORK/in/sound-%03d.wav"
mapfile -t INPUTS < <(find "$WORK/in" -name 'sound-*.wav' | sort | head -n "$FILES")
((${#INPUTS[@]} == FILES)) || { echo "run.sh: made ${#INPUTS[@]} inputs, wanted $FILES" >&2; exit 1; }

# ffmpeg's side, one file: measure, then convert with the gain (as a user's script would).
cat > "$WORK/ffmpeg-one.sh" <<'SH'
#!/usr/bin/env bash
set -euo pipefail
in="$1"; out="$2"; target="$3"; ceiling="$4"
summary="$(ffmpeg -hide_banner -nostdin -nostats -i "$in" -af ebur128=peak=true -f null - 2>&1 | sed -n '/Summary:/,$p')"
i="$(awk '$1 == "I:" { print $2 }' <<< "$summary")"
tp="$(awk '$1 == "Peak:" { print $2 }' <<< "$summary")"
gain="$(awk -v t="$target" -v c="$ceiling" -v i="$i" -v p="$tp" \
    'BEGIN { g = t - i; if (p + g > c - 0.1) g = c - 0.1 - p; printf "%.2f", g }')"
ffmpeg -hide_banner -nostdin -v error -y -i "$in" -af "volume=${gain}dB,aresample=48000:resampler=soxr" \
    -c:a pcm_s24le "$out"
SH
chmod +x "$WORK/ffmpeg-one.sh"

check() { # $1 = output folder: every 10th file measured by ffmpeg; prints "ok" or what failed
    local bad=0 n=0 f
    while read -r f; do
        n=$((n + 1))
        local m rate codec
        m="$(ffmpeg -hide_banner -nostdin -nostats -i "$f" -af ebur128=peak=true -f null - 2>&1 | sed -n '/Summary:/,$p')"
        rate="$(ffprobe -v error -show_entries stream=sample_rate,codec_name -of csv=p=0 "$f")"
        awk -v t="$TARGET" -v c="$CEILING" -v r="$rate" '
            $1 == "I:" { i = $2 } $1 == "Peak:" { p = $2 }
            END { exit !(r == "pcm_s24le,48000" && i - t <= 0.3 && t - i <= 0.3 && p <= c) }' <<< "$m" || {
            bad=$((bad + 1)); echo "  check failed: $f: $rate $(grep -E ' I:| Peak:' <<< "$m" | tr -s ' ')" >&2; }
    done < <(find "$1" -name '*.wav' | sort | awk 'NR % 10 == 1')
    local count; count="$(find "$1" -name '*.wav' | wc -l)"
    if ((bad == 0 && count == FILES)); then echo ok; else echo "FAILED($bad bad of $n, $count files)"; fi
}

JOBS_ARG=()
[[ -n "$JOBS" ]] && JOBS_ARG=(--jobs "$JOBS")
echo "export_vs_ffmpeg: $FILES x 10 s, 44.1k/16-bit -> 48k/24-bit WAV at $TARGET LUFS, ceiling $CEILING dBTP;" \
    "$REPS run(s) per side, alternating; ffmpeg $FFPAR file(s) at once" >&2
printf 'rep\tside\twall_s\tuser_s\tsys_s\tmaxrss_kb\tcheck\tload\n' > "$WORK/runs.tsv"
for ((rep = 1; rep <= REPS; rep++)); do
    for side in ours ffmpeg; do
        OUT="$WORK/out-$rep-$side"
        mkdir -p "$OUT"
        sync
        if [[ "$side" == ours ]]; then
            args=()
            for f in "${INPUTS[@]}"; do args+=(--input "$f"); done
            HOME="$WORK" AIGC_AUDIO_DATA_DIR="$WORK/data" AIGC_AUDIO_CONFIG_DIR="$WORK/config" \
                /usr/bin/time -o "$WORK/time.txt" -f '%e %U %S %M' \
                "$BIN/aigc-audio" export "${args[@]}" --dir "$OUT" --format wav --rate 48000 --bits 24 \
                --loudness "$TARGET" --true-peak "$CEILING" --name '{prompt}' "${JOBS_ARG[@]}" \
                > "$WORK/ours.out" 2> "$WORK/ours.err" || { cat "$WORK/ours.err" >&2; exit 1; }
        else
            printf '%s\n' "${INPUTS[@]}" > "$WORK/list.txt"
            /usr/bin/time -o "$WORK/time.txt" -f '%e %U %S %M' \
                xargs -a "$WORK/list.txt" -P "$FFPAR" -I{} sh -c \
                'b=$(basename "$1"); "$2" "$1" "$3/$b" "$4" "$5"' _ {} "$WORK/ffmpeg-one.sh" "$OUT" "$TARGET" "$CEILING"
        fi
        load="$(cut -d' ' -f1 /proc/loadavg)"
        read -r wall user sys rss < "$WORK/time.txt"
        result="$(check "$OUT")"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rep" "$side" "$wall" "$user" "$sys" "$rss" "$result" "$load" \
            >> "$WORK/runs.tsv"
        echo "  run $rep $side: wall ${wall}s, user ${user}s, sys ${sys}s, peak RSS ${rss} KiB, check $result, load $load" >&2
        rm -rf "$OUT"
    done
done

awk -F'\t' -v files="$FILES" '
    NR > 1 { n[$2]++; wall[$2, n[$2]] = $3; cpu[$2, n[$2]] = $4 + $5; rss[$2, n[$2]] = $6 }
    function median(a, side,    k, v, i, j, t) {
        k = n[side]; for (i = 1; i <= k; i++) v[i] = a[side, i]
        for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
        return k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
    }
    END {
        ow = median(wall, "ours"); fw = median(wall, "ffmpeg")
        oc = median(cpu, "ours"); fc = median(cpu, "ffmpeg")
        om = median(rss, "ours"); fm = median(rss, "ffmpeg")
        printf "| %d files, median of %d runs | aigc-audio export | ffmpeg (ebur128 + volume/aresample) | ours / ffmpeg |\n", files, n["ours"]
        printf "|---|---:|---:|---:|\n"
        printf "| wall time | %.2f s | %.2f s | %.2f× |\n", ow, fw, ow / fw
        printf "| CPU (user+sys) | %.2f s | %.2f s | %.2f× |\n", oc, fc, oc / fc
        printf "| peak RSS (largest process) | %.1f MiB | %.1f MiB | %.2f× |\n", om / 1024, fm / 1024, om / fm
    }' "$WORK/runs.tsv"
echo
echo "Per run:"
column -t -s $'\t' "$WORK/runs.tsv"
