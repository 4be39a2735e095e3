#!/bin/sh
# Install Casewise's desktop integration for one user (default) or into a prefix: the menu entry,
# the .casebank file type (so double-clicking a bank opens it in Casewise), the icons and the
# AppStream metainfo. The program itself is installed separately (pipx, or the `make dist` bundle).
#
#   packaging/linux/install.sh                     # into ~/.local/share
#   PREFIX=/usr/local packaging/linux/install.sh   # into /usr/local/share (as root)
#   CASEWISE=/opt/casewise/casewise packaging/linux/install.sh   # the command the entry runs
#   packaging/linux/install.sh --uninstall         # remove what it installed
#   CASEWISE_SCREENSHOTS_URL=https://...           # where docs/screenshots/ is published, for the
#                                                  # metainfo's screenshots (left out without it)
#
# Without CASEWISE it uses `casewise` on the PATH, else the bundle in dist/casewise/. The bundle
# carries a copy of this script: dist/casewise/install-desktop.sh sets up the bundle it is in.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ -n "${PREFIX:-}" ]; then share=$PREFIX/share; else share=${XDG_DATA_HOME:-$HOME/.local/share}; fi
app=org.casewise.Casewise
sizes="16 24 32 48 64 128 256 512"

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$share/mime"
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications"
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$share/applications/$app.desktop" "$share/mime/packages/$app.xml" \
        "$share/metainfo/$app.metainfo.xml" "$share/icons/hicolor/scalable/apps/casewise.svg"
    for size in $sizes; do rm -f "$share/icons/hicolor/${size}x$size/apps/casewise.png"; done
    mkdir -p "$share/mime/packages" "$share/applications"
    refresh
    echo "Removed Casewise's desktop entry, file type and icons from $share"
    exit 0
elif [ -n "${1:-}" ]; then
    echo "usage: $0 [--uninstall]  (set PREFIX and CASEWISE in the environment)" >&2
    exit 2
fi

command=${CASEWISE:-}
if [ -z "$command" ]; then
    if command -v casewise >/dev/null 2>&1; then
        command=$(command -v casewise)
    elif [ -x "$root/dist/casewise/casewise" ]; then
        command=$root/dist/casewise/casewise
    elif [ -x "$root/../casewise" ]; then  # inside a bundle: _internal/packaging/linux/
        command=$(cd "$root/.." && pwd)/casewise
    else
        echo "install.sh: no casewise command found: install Casewise first (pipx install '.[app]'" >&2
        echo "or make dist), or name it with CASEWISE=/path/to/casewise." >&2
        exit 1
    fi
fi
case $command in
    *'"'* | *'`'* | *'$'* | *'\'*)
        echo "install.sh: $command: a path with quotes, \$ or \\ cannot go into a menu entry" >&2
        exit 1 ;;
esac
[ -x "$command" ] || { echo "install.sh: $command is not an executable file" >&2; exit 1; }

mkdir -p "$share/applications" "$share/mime/packages" "$share/metainfo" \
    "$share/icons/hicolor/scalable/apps"
# The entry runs this very command (quoted: the path may hold spaces), so the menu and a
# double-clicked bank reach it even when it is not on the PATH of the desktop session.
sed -e "s|^Exec=casewise|Exec=\"$command\"|" -e "s|^TryExec=casewise\$|TryExec=$command|" \
    "$here/$app.desktop" > "$share/applications/$app.desktop"
cp "$here/casewise-casebank.xml" "$share/mime/packages/$app.xml"
if [ -f "$here/$app.metainfo.xml" ]; then  # a bundle carries it ready-made
    cp "$here/$app.metainfo.xml" "$share/metainfo/$app.metainfo.xml"
else
    python3 "$here/metainfo.py" -o "$share/metainfo/$app.metainfo.xml" \
        ${CASEWISE_SCREENSHOTS_URL:+--screenshots-url "$CASEWISE_SCREENSHOTS_URL"}
fi
cp "$root/resources/icons/casewise.svg" "$share/icons/hicolor/scalable/apps/casewise.svg"
for size in $sizes; do
    mkdir -p "$share/icons/hicolor/${size}x$size/apps"
    cp "$root/resources/icons/hicolor/${size}x$size/casewise.png" \
        "$share/icons/hicolor/${size}x$size/apps/casewise.png"
done
refresh
echo "Installed Casewise's menu entry, .casebank file type and icons into $share"
echo "The entry runs: $command"
