#!/bin/sh
# System libraries Qt (PySide6-Essentials) needs to run offscreen and on X11 (its xcb plugin
# refuses to load without libxcb-cursor0 and the xcb utility libraries), and the tools the tests
# use to look at PDFs and to validate the desktop entry, AppStream metainfo and .casebank MIME
# type, and the spelling dictionaries (docs/spelling.md). Installed only when missing, and
# only when we may (root with apt).
set -e
need=""
for pair in libgl1:/usr/lib/*/libGL.so.1 libegl1:/usr/lib/*/libEGL.so.1 \
            libxkbcommon0:/usr/lib/*/libxkbcommon.so.0 libfontconfig1:/usr/lib/*/libfontconfig.so.1 \
            libdbus-1-3:/usr/lib/*/libdbus-1.so.3 poppler-utils:/usr/bin/pdftoppm \
            libxcb-cursor0:/usr/lib/*/libxcb-cursor.so.0 libxcb-icccm4:/usr/lib/*/libxcb-icccm.so.4 \
            libxcb-image0:/usr/lib/*/libxcb-image.so.0 libxcb-keysyms1:/usr/lib/*/libxcb-keysyms.so.1 \
            libxcb-render-util0:/usr/lib/*/libxcb-render-util.so.0 \
            libxcb-shape0:/usr/lib/*/libxcb-shape.so.0 libxcb-randr0:/usr/lib/*/libxcb-randr.so.0 \
            libxcb-xinerama0:/usr/lib/*/libxcb-xinerama.so.0 libxcb-xkb1:/usr/lib/*/libxcb-xkb.so.1 \
            libxkbcommon-x11-0:/usr/lib/*/libxkbcommon-x11.so.0 \
            desktop-file-utils:/usr/bin/desktop-file-validate appstream:/usr/bin/appstreamcli \
            shared-mime-info:/usr/bin/update-mime-database libglib2.0-bin:/usr/bin/gio \
            hunspell-en-gb:/usr/share/hunspell/en_GB.dic hunspell-en-us:/usr/share/hunspell/en_US.dic \
            hunspell-de-de:/usr/share/hunspell/de_DE.dic myspell-fa:/usr/share/hunspell/fa_IR.dic; do
    pkg=${pair%%:*}
    pattern=${pair#*:}
    # shellcheck disable=SC2086
    if ! ls $pattern >/dev/null 2>&1; then need="$need $pkg"; fi
done
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages:$need"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null
else
    echo "Casewise needs these system packages:$need" >&2
    echo "Install them with your package manager (for example: sudo apt-get install$need)." >&2
fi
