#!/usr/bin/env bash
# Build the Linux bundle: dist/Relations/ and dist/Relations-<version>-linux-x86_64.tar.gz.
#
#   packaging/build.sh              build, smoke-test, archive
#   packaging/build.sh --no-archive build and smoke-test only
#
# Uses the project's .venv (run `make test` or `make run` first to create it) and
# installs PyInstaller into it when missing. Nothing is written outside the work tree:
# PyInstaller's cache goes to build/pyinstaller-config.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=.venv/bin/python
PYINSTALLER_SPEC="pyinstaller>=6.10,<7"
archive=1
[ "${1:-}" = "--no-archive" ] && archive=0

if [ ! -x "$PYTHON" ]; then
  echo "build: $PYTHON not found; run 'make test' first to create .venv" >&2
  exit 1
fi
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "build: installing $PYINSTALLER_SPEC into .venv"
  "$PYTHON" -m pip --disable-pip-version-check -q install "$PYINSTALLER_SPEC"
fi

version=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
export PYINSTALLER_CONFIG_DIR="$PWD/build/pyinstaller-config"
export QT_QPA_PLATFORM=offscreen  # PyInstaller imports PySide6 while it analyses

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/relations.spec
echo "build: dist/Relations/ built in $(( $(date +%s) - start )) s, $(du -sh dist/Relations | cut -f1)"

smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
QT_LOGGING_RULES="qt.qpa.*=false" dist/Relations/relations --smoke-test --data-dir "$smoke/data"
echo "build: the bundle passed its smoke test"

# Printing needs QtPrintSupport, the bundled fonts and the PDF engine inside the bundle.
dist/Relations/relations --data-dir "$smoke/data" overview --pdf "$smoke/overview.pdf"
if [ "$(head -c 5 "$smoke/overview.pdf")" != "%PDF-" ]; then
  echo "build: the bundle's overview --pdf wrote no PDF" >&2
  exit 1
fi
# Qt writes a blank PDF without error when it finds no font: read the text back
if command -v pdftotext >/dev/null && ! pdftotext "$smoke/overview.pdf" - | grep -q "Relations"; then
  echo "build: the bundle's PDF has no readable text (fonts missing from the bundle?)" >&2
  exit 1
fi
echo "build: the bundle printed the overview to PDF"

# The menu entry, as shipped and as install.sh writes it, passes the freedesktop checker.
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate resources/relations.desktop
  mkdir "$smoke/unpacked"
  ln -s "$PWD/dist/Relations" "$smoke/unpacked/Relations"
  cp packaging/linux/install.sh "$smoke/unpacked/"
  XDG_DATA_HOME="$smoke/share" HOME="$smoke" sh "$smoke/unpacked/install.sh" >/dev/null || {
    echo "build: install.sh failed against the bundle" >&2; exit 1; }
  desktop-file-validate "$smoke/share/applications/relations.desktop"
  echo "build: the desktop entry passes desktop-file-validate"
else
  echo "build: warning: desktop-file-validate not found (Debian: desktop-file-utils);" \
       "the desktop entry was not validated" >&2
fi

# A library a Qt plugin needs that is neither bundled nor one every desktop has (GL, EGL,
# Wayland, libxcb: PyInstaller leaves those to the system on purpose) means the build
# machine lacked it; the plugin would then fail on a user's machine without it too.
internal="dist/Relations/_internal"
missing=$(find "$internal/PySide6/Qt/plugins" -name '*.so' -print0 \
  | LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" xargs -0 ldd 2>/dev/null \
  | awk '/not found/ {print $1}' | grep -Ev '^lib(wayland-|E?GL|xcb\.so)' | sort -u \
  | tr '\n' ' ' || true)
if [ -n "$missing" ]; then
  echo "build: warning: Qt plugins need libraries the build machine lacks, so the bundle" \
       "lacks them too: $missing" >&2
fi

[ "$archive" = 1 ] || exit 0

# The archive: Relations/ plus the install script and a short note beside it.
name="Relations-$version-linux-$arch"
stage="build/archive/$name"
rm -rf build/archive
mkdir -p "$stage"
cp -a dist/Relations "$stage/Relations"
install -m 755 packaging/linux/install.sh "$stage/install.sh"
install -m 644 packaging/linux/INSTALL "$stage/INSTALL"
tar -C build/archive --owner=0 --group=0 -czf "dist/$name.tar.gz" "$name"
echo "build: dist/$name.tar.gz, $(du -h "dist/$name.tar.gz" | cut -f1)"
