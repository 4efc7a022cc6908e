#!/bin/sh
# Add Relations to your desktop's application menu, for you alone (no root needed).
#
#   ./install.sh              menu entry and icons, pointing at Relations/ beside this script
#   ./install.sh --uninstall  remove them again (the Relations/ folder and your journal stay)
#
# Files written: $XDG_DATA_HOME/applications/relations.desktop and
# $XDG_DATA_HOME/icons/hicolor/<size>/apps/relations.png (+ scalable/apps/relations.svg);
# XDG_DATA_HOME defaults to ~/.local/share.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data/applications"
icons="$data/icons/hicolor"
sizes="16 24 32 48 64 128 256 512"

refresh() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$apps" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/relations.desktop" "$icons/scalable/apps/relations.svg"
  for size in $sizes; do
    rm -f "$icons/${size}x${size}/apps/relations.png"
  done
  refresh
  echo "Relations is no longer in your application menu."
  echo "Your journal is untouched; delete $here to remove the program itself."
  exit 0
fi
if [ -n "${1:-}" ]; then
  echo "usage: $0 [--uninstall]" >&2
  exit 2
fi

program="$here/Relations/relations"
desktop="$here/Relations/_internal/resources/relations.desktop"
assets="$here/Relations/_internal/relations_app/assets"
if [ ! -x "$program" ] || [ ! -f "$desktop" ]; then
  echo "install.sh: $program not found; run me from the unpacked archive" >&2
  exit 1
fi

# Exec takes a quoted path (spaces and all): inside the quotes \ " ` $ are escaped with a
# backslash, and the desktop file's own string escaping then doubles every backslash.
quoted=$(printf '%s' "$program" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')
mkdir -p "$apps" "$icons/scalable/apps"
while IFS= read -r line; do
  case $line in
    Exec=*) printf 'Exec="%s"\n' "$quoted" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$desktop" > "$apps/relations.desktop.tmp"
mv "$apps/relations.desktop.tmp" "$apps/relations.desktop"
chmod 644 "$apps/relations.desktop"

for size in $sizes; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$assets/icons/relations-$size.png" "$icons/${size}x${size}/apps/relations.png"
done
cp "$assets/icons/relations.svg" "$icons/scalable/apps/relations.svg"
refresh

echo "Relations is now in your application menu (look for it under Office)."
echo "It starts $program; if you move that folder, run this script again."
