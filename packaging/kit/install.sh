#!/bin/sh
# 驻场运维台 @VERSION@ 离线安装（Linux，@PLATFORM@）：校验安装包，建立虚拟环境，只从本目录 wheels/ 安装。
# Resident Desk offline install: checks the kit, makes a venv, installs from wheels/ only (no network).
# 以 root 运行装到 /opt/resident-desk（所有用户）；普通用户运行（或加 --user）装到 ~/.local/opt/resident-desk。
set -eu
KIT=$(cd "$(dirname "$0")" && pwd)
VERSION=@VERSION@
PYTHONS="@PYTHONS@"

say() { printf '%s\n' "$*"; }
fail() { printf '安装失败：%s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" = 0 ] && [ "${1:-}" != "--user" ]; then
  PREFIX=${RESIDENT_DESK_PREFIX:-/opt/resident-desk}
  BIN_DIR=/usr/local/bin
  APPS_DIR=/usr/share/applications
else
  PREFIX=${RESIDENT_DESK_PREFIX:-$HOME/.local/opt/resident-desk}
  BIN_DIR=$HOME/.local/bin
  APPS_DIR=${XDG_DATA_HOME:-$HOME/.local/share}/applications
fi

say "1/4 校验安装包（SHA256SUMS）…"
(cd "$KIT" && sha256sum --check --quiet --strict SHA256SUMS) ||
  fail "安装包文件不完整或被改动，请重新拷贝安装包。"

say "2/4 查找 Python（需要 ${PYTHONS}）…"
PY=""
for candidate in ${PYTHON:-} python3.13 python3.12 python3.11 python3; do
  command -v "$candidate" >/dev/null 2>&1 || continue
  found=$("$candidate" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || continue
  case " $PYTHONS " in *" $found "*) PY=$(command -v "$candidate"); break ;; esac
done
[ -n "$PY" ] || fail "没有找到 Python ${PYTHONS}（可用 PYTHON=/路径/python3.11 指定）。麒麟、统信自带的 Python 较旧时，请改用免安装版（PyInstaller 打包）。"
"$PY" -c 'import ensurepip, venv' 2>/dev/null ||
  fail "$PY 缺少 venv 模块（Debian/统信：apt-get install python3-venv）。"

say "3/4 安装到 $PREFIX（不联网，只用 wheels/）…"
mkdir -p "$PREFIX"
"$PY" -m venv --clear "$PREFIX/venv"
"$PREFIX/venv/bin/python" -m pip install --isolated --no-index --no-cache-dir \
  --disable-pip-version-check --quiet --find-links "$KIT/wheels" "resident-desk==$VERSION" ||
  fail "pip 安装失败（见上面的信息）。"

say "4/4 建立启动命令、菜单项和图标…"
cp "$KIT/resident-desk.png" "$PREFIX/resident-desk.png"
mkdir -p "$BIN_DIR" "$APPS_DIR"
ln -sf "$PREFIX/venv/bin/resident-desk" "$BIN_DIR/resident-desk"
sed -e "s|@EXEC@|$PREFIX/venv/bin/resident-desk|" -e "s|@ICON@|$PREFIX/resident-desk.png|" \
  "$KIT/resident-desk.desktop" >"$APPS_DIR/resident-desk.desktop"
chmod 644 "$APPS_DIR/resident-desk.desktop"

missing=$(ldd "$PREFIX"/venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so 2>/dev/null |
  awk '/not found/ {print $1}' | tr '\n' ' ')
[ -z "$missing" ] || say "注意：图形界面还缺少系统库：$missing（请用系统的软件源安装后再启动）。"

"$PREFIX/venv/bin/resident-desk" --version
say "安装完成。菜单：驻场运维台；命令：$BIN_DIR/resident-desk（数据文件夹见 README.txt）。"
