#!/bin/sh
# Install the free CJK fonts briefgen uses when the office fonts (方正小标宋、仿宋_GB2312 …) are absent.
# Debian/Ubuntu: apt packages, plus the Fandol OTFs taken out of texlive-lang-chinese
# (apt-get download + dpkg-deb -x, TeX itself is NOT installed) into /usr/local/share/fonts/briefgen-fandol.
# Other systems: print what is missing and how to get it.  Running it twice does nothing the second time.
set -eu

FANDOL_DIR="${BRIEFGEN_FANDOL_DIR:-/usr/local/share/fonts/briefgen-fandol}"
APT_FONTS="fonts-arphic-ukai fonts-arphic-uming fonts-wqy-zenhei fonts-wqy-microhei fonts-lxgw-wenkai fonts-noto-cjk fontconfig"
FANDOL_FILES="FandolFang-Regular.otf FandolSong-Regular.otf FandolSong-Bold.otf FandolHei-Regular.otf FandolHei-Bold.otf FandolKai-Regular.otf"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
        echo "需要 root 权限执行：$*" >&2; return 1; fi
}

fandol_present() {
    for f in $FANDOL_FILES; do [ -f "$FANDOL_DIR/$f" ] || return 1; done
    return 0
}

install_apt_fonts() {
    missing=""
    for p in $APT_FONTS; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        echo "安装字体软件包：$missing"
        as_root apt-get update -qq
        # shellcheck disable=SC2086
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
    else
        echo "字体软件包已齐全"
    fi
}

install_fandol() {
    if fandol_present; then echo "Fandol 字体已在 $FANDOL_DIR"; return 0; fi
    work=$(mktemp -d)
    chmod 755 "$work"
    trap 'rm -rf "$work"' EXIT
    # apt-get download needs package lists; a fresh machine may not have fetched them yet
    (cd "$work" && apt-get download texlive-lang-chinese >/dev/null 2>&1) \
        || { as_root apt-get update -qq && (cd "$work" && apt-get download texlive-lang-chinese >/dev/null); }
    (cd "$work" && dpkg-deb -x ./*.deb x)
    as_root mkdir -p "$FANDOL_DIR"
    for f in $FANDOL_FILES; do
        src=$(find "$work/x" -name "$f" -print | head -n 1)
        if [ -z "$src" ]; then echo "texlive-lang-chinese 中没有 $f" >&2; return 1; fi
        as_root install -m 0644 "$src" "$FANDOL_DIR/$f"
    done
    echo "Fandol 字体已装到 $FANDOL_DIR"
}

report_other_system() {
    echo "不是 Debian/Ubuntu（没有 apt-get/dpkg-deb），请手工安装以下字体："
    for fam in "FandolFang" "FandolSong" "FandolHei" "FandolKai" "Noto Serif CJK SC" "AR PL UKai CN" \
        "AR PL UMing CN" "WenQuanYi Zen Hei" "LXGW WenKai"; do
        if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list "$fam" family)" ]; then
            echo "  已有：$fam"
        else
            echo "  缺少：$fam"
        fi
    done
    echo "Fandol 字体来自 CTAN 的 fandol 包（https://ctan.org/pkg/fandol），其余见各发行版的字体软件包。"
}

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1; then
    install_apt_fonts
    install_fandol
    if command -v fc-cache >/dev/null 2>&1; then as_root fc-cache -f "$FANDOL_DIR" >/dev/null; fi
else
    report_other_system
    exit 1
fi
