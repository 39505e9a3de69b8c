#!/bin/sh
# 驻场运维台卸载：删除程序、启动命令和菜单项；数据文件夹（数据库与备份）保留不动。
set -eu
if [ "$(id -u)" = 0 ] && [ "${1:-}" != "--user" ]; then
  PREFIX=${RESIDENT_DESK_PREFIX:-/opt/resident-desk}
  BIN_DIR=/usr/local/bin
  APPS_DIR=/usr/share/applications
else
  PREFIX=${RESIDENT_DESK_PREFIX:-$HOME/.local/opt/resident-desk}
  BIN_DIR=$HOME/.local/bin
  APPS_DIR=${XDG_DATA_HOME:-$HOME/.local/share}/applications
fi
rm -rf "$PREFIX"
rm -f "$BIN_DIR/resident-desk" "$APPS_DIR/resident-desk.desktop"
printf '已卸载 %s；数据文件夹未删除。\n' "$PREFIX"
