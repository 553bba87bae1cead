#!/usr/bin/env bash
# Debian packages the tests need: espeak-ng (spoken test audio), chromium (browser tests),
# poppler-utils (PDF pages to PNG), fonts-dejavu-core (caption cards). Installed only when missing and running as root.
set -u
need=()
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "missing Debian packages: ${need[*]} (tests that need them will be skipped)" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "could not install ${need[*]}; tests that need them will be skipped" >&2
exit 0
