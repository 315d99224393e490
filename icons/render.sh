#!/usr/bin/env bash
# Regenerates every icon file from the SVG sources:
#   icons/triptych-{16,24,32,48,64,128,256,512}.png
#   src/main/resources/io/triptych/icons/triptych-{16,32,48,64,128,256}.png  (window icons)
#   packaging/linux/triptych.png (256), packaging/windows/triptych.ico, packaging/macos/triptych.icns
# Needs rsvg-convert (Debian: librsvg2-bin); for .ico ImageMagick (imagemagick),
# for .icns png2icns (icnsutils). 16 and 24 px come from triptych-small.svg
# (details snapped to the pixel grid), the rest from triptych.svg.
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 24; do rsvg-convert -w "$s" -h "$s" triptych-small.svg -o "triptych-$s.png"; done
for s in 32 48 64 128 256 512; do rsvg-convert -w "$s" -h "$s" triptych.svg -o "triptych-$s.png"; done

res=../src/main/resources/io/triptych/icons
mkdir -p "$res" ../packaging/linux ../packaging/windows ../packaging/macos
for s in 16 32 48 64 128 256; do cp "triptych-$s.png" "$res/"; done
cp triptych-256.png ../packaging/linux/triptych.png

# Prefer Debian's ImageMagick binary: some machines put a non-ImageMagick
# "convert" earlier on PATH.
IM=""
for c in magick /usr/bin/convert convert; do
  if command -v "$c" >/dev/null && "$c" -version 2>/dev/null | grep -q ImageMagick; then IM="$c"; break; fi
done
if [[ -n "$IM" ]]; then
  "$IM" triptych-{16,24,32,48,64,128,256}.png ../packaging/windows/triptych.ico
else
  echo "ImageMagick not found: packaging/windows/triptych.ico not rebuilt" >&2
fi
if command -v png2icns >/dev/null; then
  png2icns ../packaging/macos/triptych.icns triptych-{16,32,48,128,256,512}.png >/dev/null
else
  echo "png2icns (icnsutils) not found: packaging/macos/triptych.icns not rebuilt" >&2
fi
echo "rendered: $(ls triptych-*.png | tr '\n' ' ')"
