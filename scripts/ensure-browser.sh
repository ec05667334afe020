#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (never a downloaded browser) and screenshot
# Chinese text: install it, its language packs (without them chrome.i18n, and so the extension's
# UI, is English whatever the locale) and CJK fonts from apt when they are missing.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -f /usr/lib/chromium/locales/zh-CN.pak ] || need+=(chromium-l10n)
[ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1 || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
echo "installing ${need[*]} from apt" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
