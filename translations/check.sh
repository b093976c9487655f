#!/bin/sh
# Checks that every translation of the desktop app is complete and consistent:
#   - lrelease compiles each .ts with 0 unfinished messages;
#   - no message has an empty or unfinished translation;
#   - source and translation have the same placeholders (%1, %L1, %n, each as many times),
#     the same HTML tags, and a keyboard accelerator (&X) when the source has one.
# Usage: check.sh [LRELEASE] [TS_FILE...]   (defaults: lrelease from PATH or /usr/lib/qt6/bin,
# and every aigc-audio-studio_*.ts next to this script). Run by ctest as translations.complete.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
lrelease=${1:-}
[ $# -gt 0 ] && shift
if [ -z "$lrelease" ]; then
    lrelease=$(command -v lrelease || command -v lrelease-qt6 || echo /usr/lib/qt6/bin/lrelease)
fi
if [ ! -x "$lrelease" ]; then
    echo "check.sh: lrelease not found or not executable: $lrelease" >&2
    exit 2
fi
if [ $# -eq 0 ]; then
    set -- "$here"/aigc-audio-studio_*.ts
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

status=0
for ts in "$@"; do
    if [ ! -f "$ts" ]; then
        echo "FAIL $ts: no such file" >&2
        status=1
        continue
    fi
    name=$(basename "$ts" .ts)
    if ! out=$("$lrelease" "$ts" -qm "$tmp/$name.qm" 2>&1); then
        echo "$out" >&2
        echo "FAIL $ts: lrelease failed" >&2
        status=1
        continue
    fi
    summary=$(printf '%s\n' "$out" | grep -E 'Generated [0-9]+ translation' || true)
    unfinished=$(printf '%s\n' "$summary" | sed -n 's/.* \([0-9][0-9]*\) unfinished.*/\1/p')
    untranslated=$(printf '%s\n' "$out" | sed -n 's/.*Ignored \([0-9][0-9]*\) untranslated.*/\1/p')
    if [ -z "$unfinished" ] || [ "$unfinished" != 0 ]; then
        echo "$out" >&2
        echo "FAIL $ts: ${unfinished:-?} unfinished message(s)" >&2
        status=1
    elif [ -n "$untranslated" ] && [ "$untranslated" != 0 ]; then
        echo "$out" >&2
        echo "FAIL $ts: $untranslated untranslated message(s)" >&2
        status=1
    else
        echo "ok   $name: $(printf '%s' "$summary" | sed 's/^ *//')"
    fi
done

python3 - "$@" <<'EOF' || status=1
import re, sys, xml.etree.ElementTree as ET
from collections import Counter

PLACEHOLDER = re.compile(r'%(?:L?[1-9][0-9]?|n)')
TAG = re.compile(r'</?[A-Za-z][A-Za-z0-9]*')
MNEMONIC = re.compile(r'&(?!&)(?=\S)')

def mnemonics(s):
    return len(MNEMONIC.findall(s.replace('&&', '')))

failed = 0
for path in sys.argv[1:]:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        print(f'FAIL {path}: {e}', file=sys.stderr)
        failed += 1
        continue
    count = 0
    problems = []
    for ctx in root.iter('context'):
        cname = ctx.findtext('name')
        for m in ctx.iter('message'):
            count += 1
            src = m.findtext('source') or ''
            tr = m.find('translation')
            where = f'{cname}: {src!r}'
            if tr is None:
                problems.append(f'{where}: no <translation>')
                continue
            kind = tr.get('type')
            if kind in ('unfinished', 'vanished', 'obsolete'):
                problems.append(f'{where}: translation is {kind}')
                continue
            if m.get('numerus') == 'yes':
                forms = [f.text or '' for f in tr.findall('numerusform')]
                if not forms:
                    problems.append(f'{where}: no numerus forms')
            else:
                forms = [tr.text or '']
            for text in forms:
                if not text.strip() and src.strip():
                    problems.append(f'{where}: empty translation')
                    continue
                sp, tp = Counter(PLACEHOLDER.findall(src)), Counter(PLACEHOLDER.findall(text))
                if sp != tp:
                    problems.append(f'{where}: placeholders {sorted(sp.elements())} '
                                    f'became {sorted(tp.elements())} in {text!r}')
                if Counter(TAG.findall(src)) != Counter(TAG.findall(text)):
                    problems.append(f'{where}: HTML tags differ in {text!r}')
                if mnemonics(src) and mnemonics(text) != mnemonics(src):
                    problems.append(f'{where}: keyboard accelerator lost in {text!r}')
    for p in problems:
        print(f'FAIL {path}: {p}', file=sys.stderr)
    if problems:
        failed += 1
    else:
        print(f'ok   {path.rsplit("/", 1)[-1]}: {count} messages, placeholders, tags and accelerators match')
sys.exit(1 if failed else 0)
EOF

exit $status
