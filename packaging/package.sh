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
#   SKIP_CDS=1           no class-data-sharing archive (the training run needs a display or Xvfb for the window)
#
# The launcher gets the JVM options of target/jvm.options (copied from src/main/launcher/jvm.options, their one
# source: ADR 0023) and -XX:SharedArchiveFile=$APPDIR/triptych.jsa, an AppCDS archive built here by
# packaging/cds-archive.sh from training runs of the image itself (the window until its first complete paint,
# under Xvfb when DISPLAY is unset; an offscreen snapshot; status).
#   packaging/package.sh --print-java-options FILE   prints the launcher's options from FILE, one a line
set -euo pipefail

# The options of a java @argfile, one a line: words; '#' to the end of a line is a comment ("#env" lines too).
java_options() { sed -e 's/#.*$//' "$1" | tr -s ' \t' '\n\n' | sed '/^$/d'; }
CDS_OPTION='-XX:SharedArchiveFile=$APPDIR/triptych.jsa'
if [[ "${1:-}" == --print-java-options ]]; then
  [[ -f "${2:-}" ]] || { echo "package.sh: --print-java-options needs the options file" >&2; exit 2; }
  java_options "$2"
  printf '%s\n' "$CDS_OPTION"
  exit 0
fi

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
[[ -f "$TARGET/jvm.options" ]] || die "$TARGET/jvm.options missing: run 'mvn -B package -DskipTests' first"

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
JAVA_OPTIONS=()
while IFS= read -r o; do JAVA_OPTIONS+=(--java-options "$o"); done < <(java_options "$TARGET/jvm.options")
[[ "${SKIP_CDS:-0}" == 1 ]] || JAVA_OPTIONS+=(--java-options "$CDS_OPTION")
echo "launcher JVM options: $(java_options "$TARGET/jvm.options" | paste -sd' ')"
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
  --jlink-options '--strip-debug --no-header-files --no-man-pages --compress=2' \
  "${JAVA_OPTIONS[@]}"
[[ -x "$DIST/$APP_NAME/bin/$APP_NAME" ]] || die "app-image launcher missing"

# ---- class-data-sharing archive ----------------------------------------------------
if [[ "${SKIP_CDS:-0}" != 1 ]]; then
  step "AppCDS archive ($DIST/$APP_NAME/lib/app/triptych.jsa)"
  XVFB_PID=""
  if [[ -z "${DISPLAY:-}" ]] && command -v Xvfb >/dev/null; then
    for n in $(seq 150 250); do
      [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
      Xvfb ":$n" -screen 0 1600x900x24 -nolisten tcp >/dev/null 2>&1 &
      XVFB_PID=$!
      for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done
      if [[ -e /tmp/.X11-unix/X$n ]]; then export DISPLAY=":$n"; break; fi
      kill "$XVFB_PID" 2>/dev/null || true; XVFB_PID=""
    done
  fi
  TRAINING=(":: snapshot --out $WORK/training.png --size 1600x900" ":: status")
  if [[ -n "${DISPLAY:-}" ]]; then
    TRAINING=("-Dtriptych.bench.firstPaint=true ::" "${TRAINING[@]}")
  else
    echo "no DISPLAY and no Xvfb: the archive is trained on the offscreen snapshot only" >&2
  fi
  "$HERE/cds-archive.sh" "$DIST/$APP_NAME" "${TRAINING[@]}" || cds_failed=1
  if [[ -n "$XVFB_PID" ]]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; fi
  [[ -z "${cds_failed:-}" ]] || die "the AppCDS archive could not be built (SKIP_CDS=1 packages without)"
fi

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
    # The class-data-sharing archive, dumped again here: Java 17 does not use one whose class path moved
    # (ADR 0023). Without it the app starts, only slower.
    if [ -s $INSTALL_DIR/lib/app/$APP_NAME.classlist ]; then
      JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$INSTALL_DIR/lib/app/$APP_NAME.classlist -Xlog:cds=off -Xlog:cds+class=off" \
        $INSTALL_DIR/bin/$APP_NAME >/dev/null 2>&1 \
        || echo "$APP_NAME: class-data-sharing archive not written; the app starts without it" >&2
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
