#!/usr/bin/env bash
# Builds Triptych's native Linux packages with the JDK's jpackage:
#   target/dist/triptych/                 app-image (launcher + trimmed Java runtime)
#   target/dist/triptych_<version>_<arch>.deb
#
# Run from the repository root after `mvn -B package -DskipTests`, which leaves
# target/triptych.jar (manifest Class-Path -> lib/*.jar) and target/lib/*.jar.
#
# Usage: packaging/package.sh [ROOT]      ROOT defaults to "." (the repo root)
# Environment overrides:
#   TRIPTYCH_VERSION     package version (default: the pom's, -SNAPSHOT stripped)
#   TRIPTYCH_MAINTAINER_EMAIL  e-mail for the Debian Maintainer field (jpackage
#                        writes "Maintainer: <vendor> <email>")
#   TRIPTYCH_DEB_DEPS    extra Debian Depends (default: a CJK font and the GTK 3 / XTest libraries
#                        JavaFX's glass loads from inside its jars, which jpackage
#                        cannot see)
#   SKIP_DEB=1           build the app-image only
set -euo pipefail

# packaging/ assets (icon, .desktop) live beside this script, not in ROOT,
# so the script can be pointed at a copy of target/ elsewhere.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="${1:-.}"
cd "$ROOT" || { echo "package.sh: no such directory: $ROOT" >&2; exit 1; }
ROOT="$(pwd)"

APP_NAME=triptych
MAIN_JAR=triptych.jar
MAIN_CLASS=io.triptych.app.Main
VENDOR="Triptych"
# One line: it becomes the Debian synopsis too.
DESCRIPTION="Infrastructure console: three environments side by side"
COPYRIGHT="Copyright (c) $(date +%Y) Triptych developers"
ICON="$HERE/linux/triptych.png"
DESKTOP_SRC="$HERE/linux/triptych.desktop"
INSTALL_DIR="/opt/$APP_NAME"

TARGET="$ROOT/target"
DIST="$TARGET/dist"
WORK="$TARGET/jpackage"
INPUT="$WORK/input"
RESOURCES="$WORK/resources"

die() { echo "package.sh: $*" >&2; exit 1; }
step() { echo; echo "==> $*"; }

# ---- tools --------------------------------------------------------------------
JAVA_BIN=""
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" ]]; then JAVA_BIN="$JAVA_HOME/bin/"; fi
JPACKAGE="${JAVA_BIN}jpackage"
JDEPS="${JAVA_BIN}jdeps"
command -v "$JPACKAGE" >/dev/null || die "jpackage not found (needs a full JDK 17+; set JAVA_HOME)"
command -v "$JDEPS" >/dev/null || die "jdeps not found (needs a full JDK 17+; set JAVA_HOME)"

# ---- inputs -------------------------------------------------------------------
[[ -f "$TARGET/$MAIN_JAR" ]] || die "$TARGET/$MAIN_JAR missing: run 'mvn -B package -DskipTests' first"
[[ -d "$TARGET/lib" ]] || die "$TARGET/lib missing: run 'mvn -B package -DskipTests' first"
[[ -f "$ICON" ]] || die "icon $ICON missing"

# Version: the project's own <version> in pom.xml (not the parent's, not a
# dependency's), -SNAPSHOT and any other qualifier stripped: jpackage wants digits.
pom_version() {
  local pom="$1"
  awk '
    /<parent>/        { inparent = 1 }
    /<\/parent>/      { inparent = 0; next }
    /<(dependencies|dependencyManagement|build|properties|profiles)>/ { exit }
    !inparent && /<version>/ {
      sub(/.*<version>[[:space:]]*/, ""); sub(/[[:space:]]*<\/version>.*/, ""); print; exit
    }' "$pom"
}
RAW_VERSION="${TRIPTYCH_VERSION:-}"
if [[ -z "$RAW_VERSION" && -f "$ROOT/pom.xml" ]]; then RAW_VERSION="$(pom_version "$ROOT/pom.xml")"; fi
if [[ -z "$RAW_VERSION" ]]; then
  # No pom beside target/: the jar carries Maven's pom.properties.
  RAW_VERSION="$(unzip -p "$TARGET/$MAIN_JAR" 'META-INF/maven/*/pom.properties' 2>/dev/null | sed -n 's/^version=//p' | head -n1 || true)"
fi
VERSION="$(printf '%s' "$RAW_VERSION" | sed -E 's/-SNAPSHOT$//; s/[^0-9.].*$//; s/\.+$//')"
[[ "$VERSION" =~ ^[0-9]+(\.[0-9]+){0,3}$ ]] || die "cannot derive a numeric version from '$RAW_VERSION' (set TRIPTYCH_VERSION)"
echo "version: $RAW_VERSION -> $VERSION"

# ---- staging: triptych.jar + lib/ ----------------------------------------------
step "staging $INPUT"
rm -rf "$WORK"
mkdir -p "$INPUT/lib" "$RESOURCES" "$DIST"
cp "$TARGET/$MAIN_JAR" "$INPUT/"
cp "$TARGET"/lib/*.jar "$INPUT/lib/"
echo "$(ls "$INPUT/lib" | wc -l) jars in lib/"

# ---- runtime modules ------------------------------------------------------------
EXTRA_MODULES="jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.unsupported,java.desktop"
FALLBACK_MODULES="java.base,java.datatransfer,java.desktop,jdk.jfr,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.net,jdk.zipfs"
step "jdeps"
DEPS=""
if DEPS_OUT="$("$JDEPS" --print-module-deps --ignore-missing-deps --multi-release 17 \
      --class-path "$TARGET/lib/*" "$TARGET/$MAIN_JAR" 2>"$WORK/jdeps.err")"; then
  DEPS="$(printf '%s\n' "$DEPS_OUT" | tail -n1 | tr -d '[:space:]')"
fi
if [[ "$DEPS" =~ ^[A-Za-z0-9._]+(,[A-Za-z0-9._]+)*$ ]]; then
  MODULES="$DEPS,$EXTRA_MODULES"
  echo "jdeps: $DEPS"
else
  echo "jdeps failed or printed no module list; using the fixed list" >&2
  sed 's/^/  jdeps: /' "$WORK/jdeps.err" >&2 || true
  MODULES="$FALLBACK_MODULES"
fi
MODULES="$(printf '%s' "$MODULES" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)"
echo "modules: $MODULES"

# ---- app-image -------------------------------------------------------------------
step "jpackage --type app-image -> $DIST/$APP_NAME"
rm -rf "${DIST:?}/$APP_NAME"
"$JPACKAGE" --type app-image \
  --dest "$DIST" \
  --name "$APP_NAME" \
  --app-version "$VERSION" \
  --vendor "$VENDOR" \
  --description "$DESCRIPTION" \
  --copyright "$COPYRIGHT" \
  --icon "$ICON" \
  --input "$INPUT" \
  --main-jar "$MAIN_JAR" \
  --main-class "$MAIN_CLASS" \
  --add-modules "$MODULES" \
  --jlink-options '--strip-debug --no-header-files --no-man-pages --compress=2'
[[ -x "$DIST/$APP_NAME/bin/$APP_NAME" ]] || die "app-image launcher missing"

# ---- .deb --------------------------------------------------------------------------
DEB=""
if [[ "${SKIP_DEB:-0}" != 1 ]]; then
  step "jpackage --type deb"
  missing=()
  command -v dpkg-deb >/dev/null || missing+=(dpkg)
  command -v fakeroot >/dev/null || missing+=(fakeroot)
  if (( ${#missing[@]} )); then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
      echo "installing ${missing[*]}"
      DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >/dev/null
    else
      die "needs ${missing[*]} (apt-get install ${missing[*]})"
    fi
  fi
  # The menu entry: packaging/linux/triptych.desktop with Exec/Icon pointed at
  # the install location (jpackage installs it with xdg-desktop-menu).
  sed -e "s|^Exec=.*|Exec=$INSTALL_DIR/bin/$APP_NAME|" \
      -e "s|^Icon=.*|Icon=$INSTALL_DIR/lib/$APP_NAME.png|" \
      "$DESKTOP_SRC" > "$RESOURCES/$APP_NAME.desktop"
  # Maintainer scripts replacing jpackage's: its postinst fails the whole install
  # when xdg-desktop-menu finds no menu directory (servers, containers, minimal
  # desktops). These register the menu entry when they can, never fail on it, and
  # put a /usr/bin/triptych link on PATH (so Exec=triptych works from a shell).
  DESKTOP_INSTALLED="$INSTALL_DIR/lib/$APP_NAME-$APP_NAME.desktop"
  cat > "$RESOURCES/postinst" <<EOF_POSTINST
#!/bin/sh
set -e
case "\$1" in
  configure)
    if command -v xdg-desktop-menu >/dev/null 2>&1; then
      xdg-desktop-menu install $DESKTOP_INSTALLED \\
        || echo "$APP_NAME: menu entry not registered (xdg-desktop-menu failed); run $INSTALL_DIR/bin/$APP_NAME" >&2
    fi
    if [ ! -e /usr/bin/$APP_NAME ] || [ -L /usr/bin/$APP_NAME ]; then
      ln -sf $INSTALL_DIR/bin/$APP_NAME /usr/bin/$APP_NAME
    fi
    ;;
esac
exit 0
EOF_POSTINST
  cat > "$RESOURCES/prerm" <<EOF_PRERM
#!/bin/sh
set -e
case "\$1" in
  remove|upgrade|deconfigure)
    if command -v xdg-desktop-menu >/dev/null 2>&1; then
      xdg-desktop-menu uninstall $DESKTOP_INSTALLED || true
    fi
    if [ -L /usr/bin/$APP_NAME ] && [ "\$(readlink /usr/bin/$APP_NAME)" = "$INSTALL_DIR/bin/$APP_NAME" ]; then
      rm -f /usr/bin/$APP_NAME
    fi
    ;;
esac
exit 0
EOF_PRERM
  MAINTAINER_EMAIL="${TRIPTYCH_MAINTAINER_EMAIL:-packaging@triptych.invalid}"
  # libglassgtk3.so (extracted from javafx-graphics-*-linux.jar at run time)
  # needs GTK 3 and libXtst; Debian 13 / Ubuntu 24.04 renamed GTK to ...t64.
  DEB_DEPS="${TRIPTYCH_DEB_DEPS:-libgtk-3-0 | libgtk-3-0t64, libxtst6, fonts-noto-cjk | fonts-wqy-microhei}"
  LICENSE_OPT=()
  for f in LICENSE LICENSE.txt LICENSE.md COPYING; do
    if [[ -f "$ROOT/$f" ]]; then LICENSE_OPT=(--license-file "$ROOT/$f"); break; fi
  done
  rm -f "$DIST"/${APP_NAME}_*.deb
  # Packages the app-image built above, so the runtime is linked once only.
  "$JPACKAGE" --type deb \
    --dest "$DIST" \
    --app-image "$DIST/$APP_NAME" \
    --name "$APP_NAME" \
    --app-version "$VERSION" \
    --vendor "$VENDOR" \
    --description "$DESCRIPTION" \
    --copyright "$COPYRIGHT" \
    --icon "$ICON" \
    --resource-dir "$RESOURCES" \
    --linux-package-name "$APP_NAME" \
    --linux-deb-maintainer "$MAINTAINER_EMAIL" \
    --linux-package-deps "$DEB_DEPS" \
    "${LICENSE_OPT[@]}" \
    --linux-shortcut \
    --linux-menu-group "System;Monitor;Network;" \
    --linux-app-category admin
  DEB="$(ls -t "$DIST"/${APP_NAME}_*.deb 2>/dev/null | head -n1 || true)"
  [[ -n "$DEB" ]] || die "no .deb produced"
fi

# ---- sizes -------------------------------------------------------------------------
step "sizes"
human() { du -sh "$1" | cut -f1; }
printf '%-34s %s\n' "staged input (jar + lib/)" "$(human "$INPUT")"
printf '%-34s %s\n' "app-image $DIST/$APP_NAME" "$(human "$DIST/$APP_NAME")"
printf '%-34s %s\n' "  runtime (lib/runtime)" "$(human "$DIST/$APP_NAME/lib/runtime")"
printf '%-34s %s\n' "  app (lib/app)" "$(human "$DIST/$APP_NAME/lib/app")"
if [[ -n "$DEB" ]]; then
  printf '%-34s %s (%s bytes)\n' "deb $(basename "$DEB")" "$(human "$DEB")" "$(stat -c %s "$DEB")"
fi
