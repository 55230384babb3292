#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine: npm packages, and (as root,
# when missing) the Debian packages for the real test engines and Chinese fonts.
# Usage: scripts/setup.sh [--engines all|browser|none]
set -euo pipefail
cd "$(dirname "$0")/.."
engines=all
[ "${1:-}" = "--engines" ] && engines="${2:-all}"

need=()
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
if [ "$engines" = all ] && ! command -v soffice >/dev/null 2>&1; then need+=(libreoffice-calc-nogui); fi
# Word → PDF of the exported 情况说明 (tests/docxExport.test.ts) needs Writer and poppler.
if [ "$engines" = all ] && ! installed libreoffice-writer-nogui && ! installed libreoffice-writer; then need+=(libreoffice-writer-nogui); fi
if [ "$engines" = all ] && ! command -v pdftotext >/dev/null 2>&1; then need+=(poppler-utils); fi
if [ "$engines" != none ] && [ ! -x /usr/bin/chromium ]; then need+=(chromium); fi
if [ "$engines" != none ] && ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then need+=(fonts-noto-cjk); fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== 安装 Debian 软件包：${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "!! 缺少 Debian 软件包：${need[*]}（需要 root 才能自动安装：sudo apt-get install ${need[*]}）" >&2
  fi
fi

# npm packages: install when node_modules is missing or older than the lock file. `npm install`
# (which keeps to the lock file) rather than `npm ci`: the registry here lacks the optional
# non-Linux builds of jest's resolver, which makes npm ci reject the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== 安装 npm 依赖（npm install，按 package-lock.json）"
  npm install --no-audit --no-fund --loglevel=error
fi
