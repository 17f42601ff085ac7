#!/usr/bin/env bash
# Renders the application icon's PNG sizes for the hicolor theme from
# alliantiespel.svg (the PNGs are committed, so a build needs no SVG
# renderer). Run it after changing the SVG. Needs rsvg-convert (Debian:
# librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" alliantiespel.svg -o "alliantiespel-$size.png"
done
