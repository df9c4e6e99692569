#!/bin/sh
# Regenerates the app icons: a white "L" monogram on a calm teal rounded square.
# Needs ImageMagick 6 (`convert`) and the DejaVu fonts (Debian: imagemagick, fonts-dejavu-core).
# Drawn once at 1024 px and scaled down, so every size is anti-aliased the same way.
# Tauri needs RGBA PNGs (generate_context! refuses others): PNG32 forces colour type 6.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

convert -size 1024x1024 gradient:'#4A9490-#285A60' "$tmp/fill.png"
convert -size 1024x1024 xc:none -fill white \
  -draw 'roundrectangle 72,72,951,951,210,210' "$tmp/mask.png"
convert "$tmp/fill.png" "$tmp/mask.png" -alpha off -compose CopyOpacity -composite \
  "$tmp/square.png"
# A thin lighter rim gives the square an edge on dark panels without a drop shadow.
convert "$tmp/square.png" -fill none -stroke '#FFFFFF30' -strokewidth 10 \
  -draw 'roundrectangle 77,77,946,946,205,205' \
  -font DejaVu-Sans-Bold -pointsize 600 -fill '#FBF7EE' -stroke none \
  -gravity center -annotate +18+6 'L' "$tmp/master.png"

out() { convert "$tmp/master.png" -filter Lanczos -resize "$1x$1" -strip "PNG32:$2"; }
out 32 32x32.png
out 128 128x128.png
out 256 128x128@2x.png
out 512 icon.png
