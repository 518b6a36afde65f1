#!/usr/bin/env bash
# Wraps the application image from build-app-image.sh in an installer for
# the OS it runs on:
#   Linux    target/dist/bewijsmap_<version>_<arch>.deb   (BEWIJSMAP_INSTALLER=rpm for .rpm)
#   Windows  target/dist/Bewijsmap-<version>.msi          (needs WiX 3 on PATH)
#   macOS    target/dist/Bewijsmap-<version>.dmg
# Builds the application image first when it is missing. Extra arguments go
# to jpackage (e.g. --verbose).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

APP_NAME="Bewijsmap"
VENDOR="Bewijsmap"
DESCRIPTION="Evidence dossiers for consumer disputes"
DEST="${BEWIJSMAP_DEST:-target/dist}"
# Fixed for ever: Windows recognises upgrades of the same product by it.
WIN_UPGRADE_UUID="75636d7e-a0a6-41ff-a85f-02b2b9ec5f3c"

say() { echo "build-installer: $*" >&2; }
die() { say "$*"; exit 1; }

case "$(uname -s)" in
    Linux*)               os=linux ;;
    Darwin*)              os=mac ;;
    MINGW*|MSYS*|CYGWIN*) os=windows ;;
    *) die "unsupported OS $(uname -s)" ;;
esac

jpackage_tool() {
    if [ -n "${JAVA_HOME:-}" ]; then
        for candidate in "$JAVA_HOME/bin/jpackage" "$JAVA_HOME/bin/jpackage.exe"; do
            if [ -x "$candidate" ]; then echo "$candidate"; return; fi
        done
    fi
    command -v jpackage || die "jpackage not found (set JAVA_HOME to a JDK 17+)"
}
JPACKAGE="$(jpackage_tool)"

case "$os" in
    mac) image="$DEST/$APP_NAME.app" ;;
    *)   image="$DEST/$APP_NAME" ;;
esac
if [ ! -d "$image" ]; then
    bash packaging/build-app-image.sh
fi

# The version the image was built with (jpackage writes it into the .cfg).
cfg="$(find "$image" -name "$APP_NAME.cfg" | head -n 1)"
version="$(sed -n 's/^java-options=-Djpackage.app-version=//p' "$cfg" | tr -d '\r')"
[ -n "$version" ] || die "no version in $cfg"

args=(
    --app-image "$image"
    --name "$APP_NAME"
    --dest "$DEST"
    --app-version "$version"
    --vendor "$VENDOR"
    --description "$DESCRIPTION"
    --copyright "Bewijsmap contributors, Apache-2.0"
    --license-file LICENSE
)
[ -f LICENSE ] || args=("${args[@]:0:${#args[@]}-2}")   # drop --license-file if absent

case "$os" in
    linux)
        type="${BEWIJSMAP_INSTALLER:-deb}"
        args+=(
            --type "$type"
            --icon icons/bewijsmap-512.png
            --linux-package-name bewijsmap
            --linux-shortcut                 # .desktop file in the menu
            --linux-menu-group Office        # .desktop Categories
            --linux-app-category misc        # deb Section / rpm Group
            --resource-dir packaging/linux   # Bewijsmap.desktop: Keywords, Dutch texts, StartupWMClass
        )
        if [ -n "${BEWIJSMAP_DEB_MAINTAINER:-}" ]; then
            args+=(--linux-deb-maintainer "$BEWIJSMAP_DEB_MAINTAINER")   # an e-mail address
        fi
        if [ "$type" = deb ]; then
            args+=(--linux-package-deps libgtk-3-0)
        else
            args+=(--linux-package-deps gtk3)
        fi
        ;;
    windows)
        args+=(
            --type msi
            --icon icons/bewijsmap.ico
            --win-menu --win-menu-group "$APP_NAME"
            --win-shortcut --win-dir-chooser
            --win-upgrade-uuid "$WIN_UPGRADE_UUID"
        )
        ;;
    mac)
        args+=(--type dmg --icon icons/bewijsmap.icns)
        ;;
esac

say "jpackage ${args[*]}"
start=$SECONDS
"$JPACKAGE" "${args[@]}" "$@"   # extra arguments go to jpackage, e.g. --verbose
say "done in $((SECONDS - start)) s:"
ls -l "$DEST" | grep -Ei '\.(deb|rpm|msi|exe|dmg|pkg)$' >&2 || true
