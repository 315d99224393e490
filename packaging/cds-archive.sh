#!/usr/bin/env bash
# Writes the class-data-sharing (AppCDS) archive of a jpackage app-image where its launcher's cfg points
# (java-options=-XX:SharedArchiveFile=$APPDIR/NAME.jsa): training runs of the image's own launcher record the
# classes they load (-XX:DumpLoadedClassList), then the launcher runs once more with -Xshare:dump over their
# union. Java 17's jlink leaves the image's runtime without the JDK's default CDS archive, so this static
# archive holds the JDK's and JavaFX's classes as well as the application's (ADR 0023).
#
# The union of the class lists stays in the image (lib/app/NAME.classlist): Java 17 refuses a static archive
# whose class path moved (the image installed under /opt), so the .deb's postinst dumps it again there from that
# list, as `packaging/cds-archive.sh --from-classlist IMAGE_DIR` does for a moved image.
#
# Usage: packaging/cds-archive.sh IMAGE_DIR RUN...
#        packaging/cds-archive.sh --from-classlist IMAGE_DIR
#   RUN is one training run, "JVM OPTIONS :: APP ARGUMENTS" (either side may be empty), e.g.
#   packaging/cds-archive.sh target/dist/triptych "-Dtriptych.bench.firstPaint=true ::" ":: status"
# The training runs get a scratch HOME and XDG directories (no site file, no preferences: the built-in demo),
# the caller's DISPLAY, and 300 s each. A run's exit code does not matter; a run that records no classes does.
set -euo pipefail
die() { echo "cds-archive.sh: $*" >&2; exit 1; }
from_list=0
if [[ "${1:-}" == --from-classlist ]]; then from_list=1; shift; fi
[[ $# -ge 2 || ( $from_list == 1 && $# == 1 ) ]] || die "usage: cds-archive.sh IMAGE_DIR RUN... (see the header of this script)"
image="$(cd "$1" && pwd)"; shift
cfgs=("$image"/lib/app/*.cfg)
[[ ${#cfgs[@]} == 1 && -f "${cfgs[0]}" ]] || die "$image is not a jpackage app-image (no single lib/app/*.cfg)"
name="$(basename "${cfgs[0]}" .cfg)"
launcher="$image/bin/$name"
cfg="$image/lib/app/$name.cfg"
[[ -x "$launcher" ]] || die "$image is not a jpackage app-image: no bin/$name"
rel="$(sed -n 's/^java-options=-XX:SharedArchiveFile=\$APPDIR\///p' "$cfg" | head -1)"
[[ -n "$rel" ]] || die "$cfg has no java-options=-XX:SharedArchiveFile=\$APPDIR/…"
archive="$image/lib/app/$rel"
classlist="$image/lib/app/$name.classlist"
dump() { # $1 = class list; -Xshare:dump through the image's own launcher writes where its cfg points
    local log; log="$(mktemp)"
    env JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$1 -Xlog:cds=off -Xlog:cds+class=off" \
        "$launcher" >"$log" 2>&1 || { sed 's/^/  /' "$log" >&2; rm -f "$log"; die "-Xshare:dump failed"; }
    rm -f "$log"
    [[ -s "$archive" ]] || die "no archive written at $archive"
}
rm -f "$archive"
if [[ $from_list == 1 ]]; then
    [[ -s "$classlist" ]] || die "no class list at $classlist"
    dump "$classlist"
    echo "AppCDS archive: $archive, $(du -m "$archive" | cut -f1) MB (from $classlist)"
    exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home/.config" "$work/home/.local/share" "$work/home/.cache"
scratch=(HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
         XDG_CACHE_HOME="$work/home/.cache")
n=0
for run in "$@"; do
    n=$((n + 1))
    jvm="${run%%::*}"; args="${run#*::}"
    [[ "$run" == *::* ]] || args=""
    # shellcheck disable=SC2086 # args is a list of words
    env "${scratch[@]}" JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$work/prefs -XX:DumpLoadedClassList=$work/classes-$n.lst $jvm" \
        timeout 300 "$launcher" $args >"$work/run-$n.log" 2>&1 || true
    if [[ ! -s "$work/classes-$n.lst" ]]; then
        sed 's/^/  /' "$work/run-$n.log" >&2
        die "training run $n ($run) recorded no classes"
    fi
    echo "training run $n ($run): $(grep -vc '^[@#]' "$work/classes-$n.lst") classes"
done
# The union. Classes of the built-in loaders only (a "source:" line is a custom loader's, whose "id:"
# numbers belong to one list); the ids are dropped, as two lists number their classes each from 0.
cat "$work"/classes-*.lst | grep -v '^#' | grep -v ' source: ' | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++' \
    >"$work/classes.lst"
cp "$work/classes.lst" "$classlist"
dump "$classlist"
echo "AppCDS archive: $archive, $(du -m "$archive" | cut -f1) MB, $(grep -vc '^@' "$work/classes.lst") classes listed"
