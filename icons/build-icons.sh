#!/usr/bin/env bash
# Regenerates every raster app icon from the hand-written SVG sources.
#
#   icons/bewijsmap.svg        main design (used for 32 px and up)
#   icons/bewijsmap-small.svg  pixel-aligned variant for 16 and 24 px
#
# Writes icons/bewijsmap-{16,24,32,48,64,128,256,512}.png, icons/bewijsmap.ico
# (16-256), icons/bewijsmap.icns (16-1024) and copies 16-256 to
# src/main/resources/nl/bewijsmap/icons/app-N.png for the Stage icons.
#
# Needs: rsvg-convert (Debian: librsvg2-bin) or ImageMagick for rasterising,
# ImageMagick for the .ico, python3 for the .icns.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
res="$root/src/main/resources/nl/bewijsmap/icons"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# ImageMagick: "magick" (IM7) or "convert" (IM6). Some machines shadow
# "convert" with something else, so check what it is.
im=""
for candidate in magick /usr/bin/convert convert; do
    if command -v "$candidate" >/dev/null 2>&1 \
            && "$candidate" -version 2>/dev/null | grep -q ImageMagick; then
        im="$candidate"
        break
    fi
done

render() { # render SVG SIZE OUT
    if command -v rsvg-convert >/dev/null 2>&1; then
        rsvg-convert -w "$2" -h "$2" "$1" -o "$3"
    elif [ -n "$im" ]; then
        "$im" -background none -density 384 "$1" -resize "${2}x${2}" "PNG32:$3"
    else
        echo "build-icons: need rsvg-convert or ImageMagick" >&2
        exit 1
    fi
}

for size in 16 24 32 48 64 128 256 512 1024; do
    src="$here/bewijsmap.svg"
    if [ "$size" -le 24 ]; then src="$here/bewijsmap-small.svg"; fi
    render "$src" "$size" "$tmp/$size.png"
done

for size in 16 24 32 48 64 128 256 512; do
    cp "$tmp/$size.png" "$here/bewijsmap-$size.png"
done

# Windows .ico with all the usual sizes (ImageMagick stores 256 as PNG).
if [ -z "$im" ]; then
    echo "build-icons: need ImageMagick for the .ico" >&2
    exit 1
fi
"$im" "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" \
    "$tmp/128.png" "$tmp/256.png" "$here/bewijsmap.ico"

# macOS .icns: 'icns' + total length, then (type, length incl. 8-byte header,
# PNG data) entries. All PNG-encoded types (macOS 10.7+).
python3 - "$tmp" "$here/bewijsmap.icns" <<'PY'
import struct, sys
tmp, out = sys.argv[1], sys.argv[2]
entries = [  # (OSType, pixel size)
    (b"icp4", 16), (b"ic11", 32),    # 16pt @1x / @2x
    (b"icp5", 32), (b"ic12", 64),    # 32pt @1x / @2x
    (b"ic07", 128), (b"ic13", 256),  # 128pt @1x / @2x
    (b"ic08", 256), (b"ic14", 512),  # 256pt @1x / @2x
    (b"ic09", 512), (b"ic10", 1024), # 512pt @1x / @2x
]
body = b""
for ostype, size in entries:
    with open(f"{tmp}/{size}.png", "rb") as f:
        png = f.read()
    body += ostype + struct.pack(">I", 8 + len(png)) + png
with open(out, "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY

# Stage icons inside the jar.
mkdir -p "$res"
for size in 16 32 48 64 128 256; do
    cp "$tmp/$size.png" "$res/app-$size.png"
done

echo "build-icons: wrote $(ls "$here"/bewijsmap-*.png | wc -l) PNGs, bewijsmap.ico, bewijsmap.icns and $res/app-*.png"
