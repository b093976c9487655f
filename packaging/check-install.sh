#!/bin/sh
# Installs the build into a scratch DESTDIR (prefix /usr) and checks what lands where: exactly the
# expected files, a desktop entry that desktop-file-validate accepts, AppStream metainfo that
# appstreamcli validate accepts, man pages that man renders without a warning.
#   check-install.sh BUILD_DIR
set -eu
build=$1
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT INT TERM
DESTDIR="$dest" cmake --install "$build" --prefix /usr >/dev/null

id=org.aigcaudiostudio.AigcAudioStudio
expected=$(cat <<LIST
usr/bin/aigc-audio
usr/bin/aigc-audio-studio
usr/bin/aigc-vod-emulator
usr/share/applications/$id.desktop
usr/share/bash-completion/completions/aigc-audio
usr/share/icons/hicolor/scalable/apps/$id.svg
usr/share/man/man1/aigc-audio.1
usr/share/man/man1/aigc-vod-emulator.1
usr/share/metainfo/$id.metainfo.xml
LIST
)
actual=$(cd "$dest" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
if [ "$actual" != "$expected" ]; then
    echo "check-install: the installed files differ from the expected list:" >&2
    printf '%s\n' "$expected" >"$dest/.expected"
    printf '%s\n' "$actual" >"$dest/.actual"
    diff "$dest/.expected" "$dest/.actual" >&2 || true
    exit 1
fi
status=0
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$dest/usr/share/applications/$id.desktop" || status=1
else
    echo "check-install: desktop-file-validate is missing (Debian: desktop-file-utils)" >&2
    status=1
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$dest/usr/share/metainfo/$id.metainfo.xml" >/dev/null || {
        appstreamcli validate --no-net "$dest/usr/share/metainfo/$id.metainfo.xml" >&2
        status=1
    }
else
    echo "check-install: appstreamcli is missing (Debian: appstream)" >&2
    status=1
fi
for page in aigc-audio aigc-vod-emulator; do
    warnings=$(LC_ALL=C.UTF-8 man --warnings -l -Tutf8 -Z "$dest/usr/share/man/man1/$page.1" 2>&1 >/dev/null || true)
    if [ -n "$warnings" ]; then
        echo "check-install: man page $page.1: $warnings" >&2
        status=1
    fi
done
# The installed programs run and name their version.
"$dest/usr/bin/aigc-audio" --version >/dev/null || status=1
"$dest/usr/bin/aigc-vod-emulator" --version >/dev/null || status=1
[ $status -eq 0 ] && echo "check-install: $(printf '%s\n' "$expected" | wc -l) files installed and valid"
exit $status
