#!/usr/bin/env bash
# Installs the system packages briefgen needs: python3-venv and the CJK fonts (always),
# plus poppler-utils and LibreOffice Writer with --test (the tests read rendered output back).
# On Debian/Ubuntu it uses apt-get; elsewhere it says exactly what is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

packages=(python3-venv fontconfig)
[ "$want_test" = 1 ] && packages+=(poppler-utils libreoffice-writer-nogui)

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  missing=()
  for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "briefgen：正在安装系统软件包：${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "briefgen：这不是 Debian/Ubuntu 系统，请自行安装：Python 3.11 的 venv 模块、fontconfig${want_test:+、poppler-utils、LibreOffice Writer}（测试需要）"
fi
bash "$here/install_fonts.sh"
