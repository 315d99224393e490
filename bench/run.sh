#!/usr/bin/env bash
# Triptych benchmarks: commands that print figures (never timed assertions in tests).
#
#   bench/run.sh [PART...] [OPTIONS]
#
# Every measured JVM (app, bare window, ApplyBench...) runs with the launcher's JVM options, as users start the
# window (target/triptych, mvn javafx:run and the jpackage image all read src/main/launcher/jvm.options, with
# its "#env" variables): the output says so. --default-opts measures the JVM's own defaults instead.
#
# PARTS (default: all)
#   startup   JVM start -> first complete paint of the three columns, vs a bare JavaFX window (alternating runs)
#   rss       VmRSS / VmHWM of the window after N s, at demo scale 1 and 200
#   apply     FX-thread time of live updates + pulse gaps (ApplyBench, Monocle headless), scale 1 and 200; also the
#             load-insensitive FX-thread CPU and allocation per update and in the window, heap after a full GC
#   logs      one log followed at full speed into the one console view (LogFollowBench, Monocle headless): FX time
#             per drain and per pump (time-budgeted), FX-thread CPU per pulse, pulse gaps, heap after GC every 5 s
#   all       startup, rss, apply, logs, runs and headless
#   swarm     Swarm adapter refresh on a private Docker engine with N services (SwarmRefreshBench): p50/p95 of
#             services() and HTTP requests per refresh. Needs root and docker.io + busybox-static; not in 'all'
#   gitlab    GitLab polling cost (GitLabPollBench): requests per refresh and per minute, refresh wall time, for
#             30 projects x 3 environments against one FakeGitLab with a latency per request; not part of 'all'
#   kubernetes  API change -> published snapshot through fabric8 informers and LiveSite (KubernetesWatchBench on
#             fabric8's mock API server, 100 deployments x 20 pods): p50/p95, initial sync, list calls after it.
#             Not in "all": it runs from the test class path of the working tree (mvn test-compile)
#   soak      RSS of the window every --soak-every s (default 300) for --soak-minutes (default 120) at demo scale
#             --soak-scale (default 200) with the demo moving; flat means every reading from the first on stays
#             within +-10 % of the first. Not in "all" (two hours)
#   first-frame-classes  not a measurement: regenerates src/main/resources/io/triptych/app/first-frame-classes.txt,
#             the classes the FX thread loads from the jars between building the window and its first complete
#             paint (-Xlog:class+load of one probe run with the preloader off), which ClassPreload reads on a
#             background thread at start (ADR 0022). Run it after a change to what the window builds; not in "all"
#   runs      a run printing 100,000 lines into a run console (the same console view): drain and pump time,
#             FX-thread CPU per pulse, pulse gaps, line cells, heap after GC (RunConsoleBench, Monocle headless)
#   headless  `triptych status --json` as cron runs it: on the demo (wall, CPU, peak RSS; median of --runs, target
#             <= 0.6 s wall), then at scale (HeadlessStatusBench: a child JVM against 3 API-shaped fake OpenStacks,
#             5,000 servers, 8,000 volumes, 600 security groups each, 20 ms per request; wall vs the longest chain of
#             dependent requests from the fakes' request log, target <= 1.3x; peak RSS, target <= 450 MB). The demo
#             is also run, and the scale child always, with the options target/triptych adds for status
#             (STATUS_JVM_OPTS in src/main/launcher/triptych). With --cds, also with an AppCDS archive of the status
#             path dumped first. In "all" (about 3 minutes)
#
# OPTIONS
#   --runs N            startup runs of each kind (default 5)
#   --rss-wait S        seconds before reading RSS (default 60)
#   --rss-variant OPTS  also measure RSS with these JVM options (repeatable), e.g. "-XX:+UseSerialGC -Xmx256m"
#   --apply-seconds S   measured seconds per ApplyBench run (default 60)
#   --apply-warmup S    warm-up seconds after the columns load, not measured (default 10)
#   --k8s-deployments N / --k8s-pods-per N / --k8s-changes N   kubernetes part size (default 100 / 20 / 60)
#   --apply-display     run ApplyBench on the X display (Xvfb) instead of Monocle headless
#   --muted             ApplyBench with every environment's notifications muted (no pop-up windows over the window)
#   --census            ApplyBench counts, before each pulse's CSS and layout, the nodes to restyle and the parents to
#                       lay out, by the nearest id'd ancestor, and times the CSS pass apart from the layout (FX CPU):
#                       load-insensitive evidence of what a pulse does. Adds its own walk to every pulse: a diagnostic
#                       run, not the figures of record
#   --logs-seconds S    measured seconds of LogFollowBench (default 60)
#   --soak-minutes M / --soak-every S / --soak-scale N   soak part length, reading interval, demo scale
#   --scales "A B"      demo scales for rss and apply (default "1 200")
#   --profile           also record JFR (settings=profile): one extra startup run, and every ApplyBench run;
#                       prints the top FX-thread methods (JfrTopBench) of the measured window, and of the stalls
#                       (gaps > 50 ms) and slow pulses (CSS + layout > 20 ms) alone
#   --profile-period MS ApplyBench's JFR samples every MS ms instead of the profile setting's 10 (a few short pulses
#                       then get enough samples to say where their time goes)
#   --quiet-load L      before each measurement wait (at most --quiet-max s, default 600) until the 1-min
#                       load average is below L: this machine may be shared with builds and tests
#   --rev REV           measure a committed revision (e.g. HEAD) instead of the working tree: exports it with
#                       git archive to OUT/src and builds it there (the bench classes still come from here)
#   --jvm-opts "OPTS"   extra options for every measured JVM (app, bare window, ApplyBench); VAR=value words
#                       become environment variables, e.g. "MALLOC_ARENA_MAX=2 -XX:TieredStopAtLevel=1".
#                       The figures are then no longer those of the default options: the log says so.
#   --headless-args "A" arguments for HeadlessStatusBench (default "--envs 3 --servers 5000 --volumes 8000
#                       --groups 600 --latency-ms 20 --runs 3")
#   --gitlab-args "A"   arguments for GitLabPollBench (default "--projects 30 --latency-ms 50 --refreshes 10 --churn 2")
#   --cds               startup part: first dump an AppCDS archive for the app and one for the bare window
#                       (-XX:ArchiveClassesAtExit), then run both with -XX:SharedArchiveFile (what target/triptych
#                       does from its second run on)
#   --packaged          startup part: also the jpackage app-image's launcher (target/dist/triptych, built with
#                       SKIP_DEB=1 packaging/package.sh when older than the jar or jvm.options) against a bare window
#                       packaged the same way (same runtime, JVM options, an AppCDS archive of its own)
#   --default-opts      the JVM's default options instead of the launcher's (jvm.options)
#   --swarm-services N  services in the swarm part (default 200, one replica each)
#   --build             rebuild even when target/ looks fresh
#   --no-build          never build (use target/ as it is)
#   --out DIR           where logs and results go (default bench/out/<timestamp>)
#   -h, --help          this text
#
# Builds when needed (mvn -o package -DskipTests; the bench classes in src/test/java/io/triptych/bench are
# compiled with javac against that jar), copies what it measures to OUT/cp (so a rebuild by someone else
# mid-run does not change it), starts a private Xvfb on a free display when DISPLAY is unset (and kills it at
# the end), then prints a summary table with the targets. Results: OUT/results.txt ("key value" lines),
# OUT/run.log, one log per JVM. Examples:
#   bench/run.sh                                  # everything, about 7 minutes
#   bench/run.sh --rev HEAD --quiet-load 1.5      # the last commit, waiting for a quiet machine
#   bench/run.sh apply --scales 200 --profile     # only the scale-200 update benchmark, with a JFR profile
#   bench/run.sh startup --cds --jvm-opts -XX:TieredStopAtLevel=1
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS=5
RSS_WAIT=60
APPLY_SECONDS=60
LOGS_SECONDS=60
APPLY_WARMUP=10
APPLY_DISPLAY=0
CENSUS=0
MUTED=0
PROFILE_PERIOD=""
PROFILE=0
QUIET_LOAD=""
QUIET_MAX=600
RSS_VARIANTS=()
EXTRA_OPTS=""
CDS=0
PACKAGED=0
DEFAULT_OPTS=0
K8S_DEPLOYMENTS=100
K8S_PODS_PER=20
K8S_CHANGES=60
SCALES="1 200"
SOAK_MINUTES=120
SOAK_EVERY=300
SOAK_SCALE=200
SWARM_SERVICES=200
GITLAB_ARGS="--projects 30 --latency-ms 50 --refreshes 10 --churn 2"
HEADLESS_ARGS="--envs 3 --servers 5000 --volumes 8000 --groups 600 --latency-ms 20 --runs 3"
BUILD=auto
REV=""
OUT=""
PARTS=()

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        startup|rss|apply|logs|runs|swarm|gitlab|kubernetes|soak|first-frame-classes|headless) PARTS+=("$1") ;;
        all) PARTS+=(startup rss apply logs runs headless) ;;
        --runs) RUNS="$2"; shift ;;
        --rss-wait) RSS_WAIT="$2"; shift ;;
        --rss-variant) RSS_VARIANTS+=("$2"); shift ;;
        --apply-seconds) APPLY_SECONDS="$2"; shift ;;
        --apply-warmup) APPLY_WARMUP="$2"; shift ;;
        --apply-display) APPLY_DISPLAY=1 ;;
        --census) CENSUS=1 ;;
        --muted) MUTED=1 ;;
        --profile-period) PROFILE_PERIOD="$2"; shift ;;
        --logs-seconds) LOGS_SECONDS="$2"; shift ;;
        --k8s-deployments) K8S_DEPLOYMENTS="$2"; shift ;;
        --k8s-pods-per) K8S_PODS_PER="$2"; shift ;;
        --k8s-changes) K8S_CHANGES="$2"; shift ;;
        --scales) SCALES="$2"; shift ;;
        --soak-minutes) SOAK_MINUTES="$2"; shift ;;
        --soak-every) SOAK_EVERY="$2"; shift ;;
        --soak-scale) SOAK_SCALE="$2"; shift ;;
        --profile) PROFILE=1 ;;
        --quiet-load) QUIET_LOAD="$2"; shift ;;
        --quiet-max) QUIET_MAX="$2"; shift ;;
        --rev) REV="$2"; shift ;;
        --jvm-opts) EXTRA_OPTS="$2"; shift ;;
        --cds) CDS=1 ;;
        --packaged) PACKAGED=1 ;;
        --default-opts) DEFAULT_OPTS=1 ;;
        --gitlab-args) GITLAB_ARGS="$2"; shift ;;
        --headless-args) HEADLESS_ARGS="$2"; shift ;;
        --build) BUILD=always ;;
        --no-build) BUILD=never ;;
        --out) OUT="$2"; shift ;;
        --swarm-services) SWARM_SERVICES="$2"; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done
[[ ${#PARTS[@]} -eq 0 ]] && PARTS=(startup rss apply logs runs headless)
want() { local p; for p in "${PARTS[@]}"; do [[ "$p" == "$1" ]] && return 0; done; return 1; }

OUT="${OUT:-$ROOT/bench/out/$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
RESULTS="$OUT/results.txt"
: > "$RESULTS"
log() { printf '%s\n' "$*" | tee -a "$OUT/run.log"; }
result() { printf '%s %s\n' "$1" "$2" >> "$RESULTS"; }

# ---------------------------------------------------------------- build + stage
needs_build() {
    [[ -f target/triptych.jar && -d target/lib ]] || return 0
    [[ -n "$(find src/main pom.xml -newer target/triptych.jar -type f -print -quit)" ]] && return 0
    return 1
}
BUILT="$ROOT/target"
if [[ -n "$REV" ]]; then
    commit="$(git rev-parse --verify "$REV^{commit}")"
    log "measuring revision $REV ($commit), exported to $OUT/src"
    rm -rf "$OUT/src"; mkdir -p "$OUT/src"
    git archive "$commit" | tar -x -C "$OUT/src"
    (cd "$OUT/src" && mvn -q -B -o package -DskipTests) || { echo "run.sh: building $REV failed" >&2; exit 1; }
    BUILT="$OUT/src/target"
else
    log "measuring the working tree ($(git rev-parse --short HEAD)$([[ -n "$(git status --porcelain -- src pom.xml)" ]] && echo ' + uncommitted changes'))"
    if [[ "$BUILD" == always ]] || { [[ "$BUILD" == auto ]] && needs_build; }; then
        log "building: mvn -q -B -o package -DskipTests"
        mvn -q -B -o package -DskipTests || {
            echo "run.sh: the working tree does not build; try --rev HEAD (or --no-build to use target/ as is)" >&2
            exit 1
        }
    fi
fi
STAGE="$OUT/cp"
mkdir -p "$STAGE/bench-classes"
cp "$BUILT/triptych.jar" "$STAGE/"
cp -r "$BUILT/lib" "$STAGE/"
# The bench classes (src/test/java/io/triptych/bench, test classpath only) are compiled here against the
# staged jar rather than taken from target/test-classes, which other builds may be rewriting meanwhile.
# Only the classes this script runs: other benches in the package may need test helpers or newer code.
javac -nowarn --release 17 -cp "$STAGE/triptych.jar:$STAGE/lib/*" -d "$STAGE/bench-classes" \
    src/test/java/io/triptych/bench/{ApplyBench,PulseCensus,BareWindowBench,JfrTopBench,LogFollowBench,RunConsoleBench}.java \
    src/test/java/io/triptych/testing/MemoryPreferences.java
if want gitlab; then # the GitLab bench serves from the test fake, compiled with it
    javac -nowarn --release 17 -cp "$STAGE/triptych.jar:$STAGE/lib/*" -d "$STAGE/bench-classes" \
        src/test/java/io/triptych/gitlab/FakeGitLab*.java src/test/java/io/triptych/bench/GitLabPollBench.java
fi
if want headless; then # the scale part serves from the OpenStack test fakes, compiled with it
    javac -nowarn --release 17 -cp "$STAGE/triptych.jar:$STAGE/lib/*" -d "$STAGE/bench-classes" \
        src/test/java/io/triptych/openstack/{Fake,Fixtures}*.java src/test/java/io/triptych/bench/HeadlessStatusBench.java
    cp -r src/test/resources/openstack "$STAGE/bench-classes/" # the fakes' api-ref fixtures
fi
# As a jar: AppCDS (--cds) refuses directories on the class path.
jar cf "$STAGE/bench.jar" -C "$STAGE/bench-classes" .
JAR="$STAGE/triptych.jar"
BENCH_CP="$STAGE/bench.jar:$STAGE/triptych.jar:$STAGE/lib/*"
# A preferences node of our own: the language/theme someone chose on this machine must not change figures.
PREFS="-Dtriptych.prefs.node=triptych-bench"
# The launcher's options (ADR 0023): the built jvm.options (or the source's, for a target/ built before it
# existed), as an @argfile, and its "#env NAME=value" lines as environment variables.
LAUNCHER_OPTS_DESC="default JVM options (--default-opts)"
ENV_ASSIGN=(); JVM_EXTRA=()
if [[ $DEFAULT_OPTS == 0 ]]; then
    src_opts="$BUILT/jvm.options"
    [[ -f "$src_opts" ]] || src_opts="$(dirname "$BUILT")/src/main/launcher/jvm.options"
    if [[ -z "$REV" && -f "$src_opts" && "$src_opts" == "$BUILT/jvm.options" ]] \
        && ! cmp -s "$src_opts" "$ROOT/src/main/launcher/jvm.options"; then
        log "WARNING: $src_opts differs from src/main/launcher/jvm.options: measuring the built one (mvn package to update)"
    fi
    if [[ -f "$src_opts" ]]; then
        cp "$src_opts" "$STAGE/jvm.options"
        JVM_EXTRA+=("@$STAGE/jvm.options")
        while read -r w; do ENV_ASSIGN+=("$w"); done \
            < <(sed -n 's/^#env[[:space:]]\{1,\}\([A-Za-z_][A-Za-z0-9_]*=[^[:space:]]*\).*$/\1/p' "$STAGE/jvm.options")
        LAUNCHER_OPTS_DESC="the launcher's JVM options ($src_opts): ${ENV_ASSIGN[*]} $(sed 's/#.*$//' "$STAGE/jvm.options" | tr -s ' \t\n' '   ' | sed 's/^ //; s/ $//')"
    else
        LAUNCHER_OPTS_DESC="default JVM options (the measured revision has no jvm.options)"
    fi
fi
# --jvm-opts, split into environment assignments and JVM options, after the launcher's (later options win);
# jrun runs java with both.
for w in $EXTRA_OPTS; do
    if [[ "$w" =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; then ENV_ASSIGN+=("$w"); else JVM_EXTRA+=("$w"); fi
done
jrun() { env "${ENV_ASSIGN[@]}" java "${JVM_EXTRA[@]}" "$@"; }
# The benches that read "heap after a full GC" call System.gc(): the launcher's -XX:+ExplicitGCInvokesConcurrent
# (HeapCycle, ADR 0023) would make that a concurrent cycle, so they take it back (the last option wins).
FULL_GC=(-XX:-ExplicitGCInvokesConcurrent)

# ---------------------------------------------------------------- display
XVFB_PID=""
cleanup() {
    if [[ -n "${APP_PID:-}" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID" 2>/dev/null || true; fi
    if [[ -n "$XVFB_PID" ]]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if want startup || want rss || want soak || want first-frame-classes || [[ $APPLY_DISPLAY == 1 ]]; then
    if [[ -z "${DISPLAY:-}" ]]; then
        for n in $(seq 90 190); do
            [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
            Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
            XVFB_PID=$!
            for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done
            if kill -0 "$XVFB_PID" 2>/dev/null && [[ -e /tmp/.X11-unix/X$n ]]; then
                export DISPLAY=":$n"
                break
            fi
            XVFB_PID=""
        done
        [[ -n "${DISPLAY:-}" ]] || { echo "run.sh: could not start Xvfb" >&2; exit 1; }
        log "started private Xvfb on DISPLAY=$DISPLAY (pid $XVFB_PID)"
    else
        log "using DISPLAY=$DISPLAY"
    fi
fi

# ---------------------------------------------------------------- machine
{
    echo "== machine =="
    echo "date:    $(date -Is)"
    echo "nproc:   $(nproc)"
    echo "cpu:     $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "ram:     $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
    echo "os:      $(. /etc/os-release; echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "java:    $(java -version 2>&1 | head -1)"
    echo "javafx:  $(ls "$STAGE"/lib | sed -n 's/^javafx-graphics-\([0-9.]*\)\.jar$/\1/p')"
    echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min)"
    echo "other JVMs running: $(pgrep -c -x java || true)"
    echo "JVM:     every run with $LAUNCHER_OPTS_DESC"
    if [[ -n "$EXTRA_OPTS" ]]; then echo "EXTRA JVM OPTIONS for every run: $EXTRA_OPTS (not the launcher's alone)"; fi
} | tee -a "$OUT/run.log"

load1() { cut -d' ' -f1 /proc/loadavg; }
wait_quiet() {
    [[ -z "$QUIET_LOAD" ]] && return 0
    local waited=0
    while awk -v l="$(load1)" -v q="$QUIET_LOAD" 'BEGIN {exit !(l >= q)}'; do
        if (( waited >= QUIET_MAX )); then log "  (load $(load1) still >= $QUIET_LOAD after ${waited} s; measuring anyway)"; return 0; fi
        sleep 5; waited=$((waited + 5))
    done
    (( waited > 0 )) && log "  (waited ${waited} s for load < $QUIET_LOAD)"
    return 0
}
jfr_top() { # $1 = jfr file, $2 = output, rest = JfrTopBench args
    local f="$1" o="$2"; shift 2
    java -cp "$STAGE/bench-classes" io.triptych.bench.JfrTopBench "$f" "$@" >"$o" 2>&1 || true
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print ""; else if (NR%2) print a[(NR+1)/2]; else printf "%.0f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# ---------------------------------------------------------------- 1. startup
run_probe() { # $1 = log file, rest = java args; prints the ms or "fail"
    local f="$1"; shift
    if timeout 180 env "${ENV_ASSIGN[@]}" java "${JVM_EXTRA[@]}" "$@" >"$f" 2>&1; then :; fi
    local ms; ms="$(sed -n 's/^first-complete-paint-ms \([0-9]*\)$/\1/p' "$f" | head -1)"
    echo "${ms:-fail}"
}
cmd_probe() { # like run_probe, for a command (a jpackage launcher) instead of java
    local f="$1"; shift
    if timeout 180 "$@" >"$f" 2>&1; then :; fi
    local ms; ms="$(sed -n 's/^first-complete-paint-ms \([0-9]*\)$/\1/p' "$f" | head -1)"
    echo "${ms:-fail}"
}
shared_share() { # $1 = -Xlog:class+load file: "N of M classes from the CDS archive"
    awk '/source: shared objects file/ {s++} /source: / {n++} END {printf "%d of %d classes from the CDS archive", s, n}' "$1"
}
# The jpackage app-image as users start it (its launcher, the cfg's JVM options and AppCDS archive) against a
# bare window packaged the same way: same runtime (--runtime-image), same options, an archive of its own trained
# on itself by the same packaging/cds-archive.sh. Only -Dprism.order=sw and the probe go in JAVA_TOOL_OPTIONS.
packaged_startup() {
    local img="$BUILT/dist/triptych" pimg="$OUT/packaged/triptych" bimg="$OUT/packaged/bare-window" o i a b l
    log ""
    log "-- packaged: the jpackage launcher vs a bare window packaged the same way, $RUNS runs each, alternating"
    if [[ ! -x "$img/bin/triptych" || "$BUILT/triptych.jar" -nt "$img/bin/triptych" || "$BUILT/jvm.options" -nt "$img/bin/triptych" ]]; then
        log "building the app-image: SKIP_DEB=1 packaging/package.sh $(dirname "$BUILT") ($OUT/package.log)"
        SKIP_DEB=1 "$ROOT/packaging/package.sh" "$(dirname "$BUILT")" >"$OUT/package.log" 2>&1 \
            || { log "packaging failed (see $OUT/package.log): no packaged figures"; return 0; }
    fi
    rm -rf "$OUT/packaged"; mkdir -p "$OUT/packaged/bare-input"
    # A copy elsewhere: someone may rebuild target/ meanwhile.
    cp -a "$img" "$pimg"
    # Java 17 does not map a static archive whose class path moved: dumped again here from the image's class
    # list, as the .deb's postinst does under /opt.
    if [[ -s "$pimg/lib/app/triptych.classlist" ]]; then
        "$ROOT/packaging/cds-archive.sh" --from-classlist "$pimg" >"$OUT/packaged/cds-app.log" 2>&1 \
            || log "the moved image's archive could not be dumped again (see $OUT/packaged/cds-app.log)"
    fi
    local opts=()
    while IFS= read -r o; do opts+=(--java-options "${o//triptych.jsa/bare-window.jsa}"); done \
        < <(sed -n 's/^java-options=//p' "$pimg/lib/app/triptych.cfg")
    log "launcher cfg java-options: $(sed -n 's/^java-options=//p' "$pimg/lib/app/triptych.cfg" | paste -sd' ')"
    cp "$STAGE"/lib/javafx-*.jar "$OUT/packaged/bare-input/"
    printf 'Class-Path: %s\n' "$(cd "$OUT/packaged/bare-input" && ls javafx-*.jar | paste -sd' ')" >"$OUT/packaged/manifest.txt"
    jar cfm "$OUT/packaged/bare-input/bare-window.jar" "$OUT/packaged/manifest.txt" -C "$STAGE/bench-classes" .
    jpackage --type app-image --dest "$OUT/packaged" --name bare-window --input "$OUT/packaged/bare-input" \
        --main-jar bare-window.jar --main-class io.triptych.bench.BareWindowBench \
        --runtime-image "$pimg/lib/runtime" "${opts[@]}" >"$OUT/packaged/jpackage-bare.log" 2>&1 \
        || { log "jpackage of the bare window failed (see $OUT/packaged/jpackage-bare.log)"; return 0; }
    if grep -q 'SharedArchiveFile' "$pimg/lib/app/triptych.cfg"; then
        "$ROOT/packaging/cds-archive.sh" "$bimg" "-Dprism.order=sw ::" >"$OUT/packaged/cds-bare.log" 2>&1 \
            || { log "the bare window's AppCDS archive failed (see $OUT/packaged/cds-bare.log)"; return 0; }
        log "archives: triptych $(du -m "$pimg/lib/app/triptych.jsa" | cut -f1) MB, bare window $(du -m "$bimg/lib/app/bare-window.jsa" | cut -f1) MB"
    else
        log "the image has no AppCDS archive (packaged with SKIP_CDS=1): both sides run without"
    fi
    local app=() bare=()
    for i in $(seq "$RUNS"); do
        wait_quiet
        l="$(load1)"
        a="$(cmd_probe "$OUT/startup-packaged-app-$i.log" env JAVA_TOOL_OPTIONS="-Dprism.order=sw $PREFS -Dtriptych.bench.firstPaint=true" "$pimg/bin/triptych")"
        b="$(cmd_probe "$OUT/startup-packaged-bare-$i.log" env JAVA_TOOL_OPTIONS="-Dprism.order=sw" "$bimg/bin/bare-window")"
        log "$(printf '  packaged run %d: triptych %6s ms   bare window %6s ms   (load %s)' "$i" "$a" "$b" "$l")"
        [[ "$a" == fail ]] || app+=("$a")
        [[ "$b" == fail ]] || bare+=("$b")
    done
    # Load-insensitive evidence that the archives are used: classes loaded from them, one more run each.
    cmd_probe "$OUT/packaged/classload-app.log" env JAVA_TOOL_OPTIONS="-Dprism.order=sw $PREFS -Dtriptych.bench.firstPaint=true -Xlog:class+load=info:file=$OUT/packaged/classload-app.txt" "$pimg/bin/triptych" >/dev/null
    cmd_probe "$OUT/packaged/classload-bare.log" env JAVA_TOOL_OPTIONS="-Dprism.order=sw -Xlog:class+load=info:file=$OUT/packaged/classload-bare.txt" "$bimg/bin/bare-window" >/dev/null
    log "triptych: $(shared_share "$OUT/packaged/classload-app.txt"); bare window: $(shared_share "$OUT/packaged/classload-bare.txt")"
    if [[ ${#app[@]} -gt 0 && ${#bare[@]} -gt 0 ]]; then
        local ma mb ratio
        ma="$(printf '%s\n' "${app[@]}" | median)"; mb="$(printf '%s\n' "${bare[@]}" | median)"
        ratio="$(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%.2f", a/b}')"
        log "packaged median: triptych $ma ms, bare window $mb ms, ratio ${ratio}x (target <= 1.5x)"
        result startup.packaged_app_median_ms "$ma"; result startup.packaged_bare_median_ms "$mb"
        result startup.packaged_ratio "$ratio"
        result startup.packaged_app_runs "$(IFS=,; echo "${app[*]}")"; result startup.packaged_bare_runs "$(IFS=,; echo "${bare[*]}")"
    else
        log "packaged: no successful runs (see $OUT/startup-packaged-*.log)"
    fi
}
if want startup; then
    log ""
    log "== 1. startup: JVM start -> first complete paint (ms), $RUNS runs each, alternating; both sides with $LAUNCHER_OPTS_DESC${EXTRA_OPTS:+, plus $EXTRA_OPTS} =="
    app=(); bare=(); bare_frame=()
    app_cds=(); bare_cds=()
    if [[ $CDS == 1 ]]; then
        run_probe "$OUT/cds-dump-app.log" -XX:ArchiveClassesAtExit="$OUT/app.jsa" -Dprism.order=sw $PREFS \
            -Dtriptych.bench.firstPaint=true -jar "$JAR" >/dev/null
        run_probe "$OUT/cds-dump-bare.log" -XX:ArchiveClassesAtExit="$OUT/bare.jsa" -Dprism.order=sw \
            -cp "$BENCH_CP" io.triptych.bench.BareWindowBench >/dev/null
        if [[ -f "$OUT/app.jsa" && -f "$OUT/bare.jsa" ]]; then
            app_cds=(-XX:SharedArchiveFile="$OUT/app.jsa"); bare_cds=(-XX:SharedArchiveFile="$OUT/bare.jsa")
            log "AppCDS archives: app $(du -m "$OUT/app.jsa" | cut -f1) MB, bare $(du -m "$OUT/bare.jsa" | cut -f1) MB (runs below use them)"
        else
            log "AppCDS: dumping failed (see $OUT/cds-dump-*.log); measuring without"
        fi
    fi
    for i in $(seq "$RUNS"); do
        wait_quiet
        l="$(load1)"
        a="$(run_probe "$OUT/startup-app-$i.log" "${app_cds[@]}" -Dprism.order=sw $PREFS -Dtriptych.bench.firstPaint=true -jar "$JAR")"
        b="$(run_probe "$OUT/startup-bare-$i.log" "${bare_cds[@]}" -Dprism.order=sw -cp "$BENCH_CP" io.triptych.bench.BareWindowBench)"
        log "$(printf 'run %d: triptych %6s   bare window %6s   (load %s)' "$i" "$a" "$b" "$l")"
        [[ "$a" == fail ]] || app+=("$a")
        [[ "$b" == fail ]] || bare+=("$b")
        for k in fx-cpu process-cpu; do # CPU figures: far less inflated by a busy machine than wall time
            v="$(sed -n "s/^first-paint-$k-ms \([0-9]*\)$/\1/p" "$OUT/startup-app-$i.log")"
            [[ -z "$v" ]] || echo "$v" >>"$OUT/startup-app-$k.txt"
            v="$(sed -n "s/^first-paint-$k-ms \([0-9]*\)$/\1/p" "$OUT/startup-bare-$i.log")"
            [[ -z "$v" ]] || echo "$v" >>"$OUT/startup-bare-$k.txt"
        done
        br="$(sed -n 's/^first-rendered-frame-ms \([0-9]*\)$/\1/p' "$OUT/startup-bare-$i.log")"
        [[ -z "$br" ]] || bare_frame+=("$br")
    done
    if [[ ${#app[@]} -gt 0 && ${#bare[@]} -gt 0 ]]; then
        ma="$(printf '%s\n' "${app[@]}" | median)"
        mb="$(printf '%s\n' "${bare[@]}" | median)"
        ratio="$(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%.2f", a/b}')"
        log "median: triptych $ma ms, bare window $mb ms, ratio ${ratio}x (target <= 1.5x)"
        result startup.app_median_ms "$ma"
        result startup.bare_median_ms "$mb"
        result startup.ratio "$ratio"
        result startup.app_runs "$(IFS=,; echo "${app[*]}")"
        result startup.bare_runs "$(IFS=,; echo "${bare[*]}")"
        for k in fx-cpu process-cpu; do
            if [[ -s "$OUT/startup-app-$k.txt" && -s "$OUT/startup-bare-$k.txt" ]]; then
                ca="$(median <"$OUT/startup-app-$k.txt")"; cb="$(median <"$OUT/startup-bare-$k.txt")"
                log "median $k ms to first paint: triptych $ca, bare window $cb, ratio $(awk -v a="$ca" -v b="$cb" 'BEGIN {printf "%.2f", a/b}')x"
                result "startup.app_${k//-/_}_median_ms" "$ca"
                result "startup.bare_${k//-/_}_median_ms" "$cb"
            fi
        done
        nodes="$(sed -n 's/^first-paint-nodes \([0-9]*\)$/\1/p' "$OUT"/startup-app-*.log | head -1)"
        [[ -z "$nodes" ]] || { log "scene graph at first paint: $nodes nodes"; result startup.app_nodes "$nodes"; }
        if [[ ${#bare_frame[@]} -gt 0 ]]; then
            mf="$(printf '%s\n' "${bare_frame[@]}" | median)"
            log "bare window: first frame actually rendered (render thread done) median $mf ms, $((mf - mb)) ms after the probe's figure"
            result startup.bare_rendered_median_ms "$mf"
        fi
    else
        log "startup: no successful runs (see $OUT/startup-*.log)"
    fi
    if [[ $PACKAGED == 1 ]]; then packaged_startup; fi
    if [[ $PROFILE == 1 ]]; then
        wait_quiet
        a="$(run_probe "$OUT/startup-app-profile.log" -XX:StartFlightRecording=filename="$OUT/startup-app.jfr",settings=profile \
            -Dprism.order=sw $PREFS -Dtriptych.bench.firstPaint=true -jar "$JAR")"
        log "profiled startup run (JFR, not counted): $a ms"
        for t in main fx; do
            jfr_top "$OUT/startup-app.jfr" "$OUT/startup-profile-$t.txt" --thread "$t" --top 15
            log "-- startup profile, thread $t ($OUT/startup-profile-$t.txt):"
            sed -n '1,/^-- top methods by inclusive/p' "$OUT/startup-profile-$t.txt" | sed '$d' | tee -a "$OUT/run.log"
        done
    fi
fi

# ---------------------------------------------------------------- first-frame classes (a list, not a figure)
if want first-frame-classes; then
    log ""
    log "== first-frame classes: -Xlog:class+load of one probe run, preloader off =="
    a="$(run_probe "$OUT/first-frame-classes.log" -Xlog:class+load:file="$OUT/class-load.txt" -Dtriptych.preload=false \
        -Dprism.order=sw $PREFS -Dtriptych.bench.firstPaint=true -jar "$JAR")"
    start="$(grep -n ' io.triptych.ui.shell.DashboardScene source' "$OUT/class-load.txt" | head -1 | cut -d: -f1)"
    if [[ "$a" != fail && -n "$start" ]]; then
        list="$ROOT/src/main/resources/io/triptych/app/first-frame-classes.txt"
        { echo "# Classes the FX thread loads for the first frame (ClassPreload, ADR 0022): regenerate with bench/run.sh first-frame-classes"
          sed -n "${start},\$p" "$OUT/class-load.txt" | grep 'source: file:' | awk '{print $2}' | grep -v '\$\$Lambda\|/0x'
        } >"$list"
        log "wrote $(grep -vc '^#' "$list") class names to $list (first paint of that run: $a ms)"
    else
        log "first-frame-classes: the probe run failed (see $OUT/first-frame-classes.log)"
    fi
fi

# ---------------------------------------------------------------- 2. rss
status_kb() { awk -v k="$2:" '$1 == k {print $2}' "/proc/$1/status"; }
measure_rss() { # $1 = scale, $2 = key suffix ("" or .vN), $3 = JVM options (may be empty)
    local scale="$1" key="rss.scale$1$2" opts="$3" f args=() jvm=() venv=() w
    [[ "$scale" != 1 ]] && args=(--demo-scale "$scale")
    for w in $opts; do # VAR=value words are environment variables (MALLOC_ARENA_MAX=2), the rest JVM options
        if [[ "$w" =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; then venv+=("$w"); else jvm+=("$w"); fi
    done
    f="$OUT/rss-scale$scale$2.log"
    wait_quiet
    log "scale $scale${opts:+, JVM options: $opts}: started at load $(load1)"
    env "${ENV_ASSIGN[@]}" "${venv[@]}" java "${JVM_EXTRA[@]}" "${jvm[@]}" -Dprism.order=sw $PREFS -jar "$JAR" "${args[@]}" >"$f" 2>&1 &
    APP_PID=$!
    sleep "$RSS_WAIT"
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        log "  the window exited early (see $f)"; APP_PID=""; return 0
    fi
    local rss hwm threads maxheap gc heap
    rss="$(status_kb "$APP_PID" VmRSS)"; hwm="$(status_kb "$APP_PID" VmHWM)"
    threads="$(status_kb "$APP_PID" Threads)"
    # Where the resident pages are (anonymous: heap, malloc, stacks; shared memory: the X image; files: libraries)
    # and whether a GL driver was loaded (GTK probes GL at start unless GDK_GL=disable: GtkGlOff, ADR 0023).
    local anon shm files gl
    anon=$(( $(status_kb "$APP_PID" RssAnon) / 1024 )); shm=$(( $(status_kb "$APP_PID" RssShmem) / 1024 ))
    files=$(( $(status_kb "$APP_PID" RssFile) / 1024 ))
    gl="$(grep -c -E 'libLLVM|_dri\.so|libGLX_mesa' "/proc/$APP_PID/maps" 2>/dev/null || true)"
    maxheap="$(jcmd "$APP_PID" VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p')"
    gc="$(jcmd "$APP_PID" VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/^-XX:+\(Use[A-Za-z0-9]*GC\)$/\1/p' || true)"
    jcmd "$APP_PID" GC.heap_info >"$OUT/rss-scale$scale$2-heap.txt" 2>&1 || true
    heap="$(sed -n '2s/^ *//p' "$OUT/rss-scale$scale$2-heap.txt")"
    # Where it goes, after RSS was read: NMT (when the options enable it) and the heap's biggest classes.
    jcmd "$APP_PID" VM.native_memory summary >"$OUT/rss-scale$scale$2-nmt.txt" 2>&1 || true
    jcmd "$APP_PID" GC.class_histogram 2>/dev/null | head -40 >"$OUT/rss-scale$scale$2-histo.txt" || true
    kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
    local rss_mb=$((rss / 1024)) hwm_mb=$((hwm / 1024)) maxheap_mb=$(( ${maxheap:-0} / 1048576 ))
    log "  VmRSS $rss_mb MB, VmHWM $hwm_mb MB (target <= $([[ $scale == 1 ]] && echo 300 || echo 600) MB); $threads threads; $gc, max heap $maxheap_mb MB"
    log "  heap: $heap"
    log "  of which anonymous $anon MB, shared memory $shm MB, files $files MB; GL driver mapped: $([[ ${gl:-0} -gt 0 ]] && echo yes || echo no)"
    result "$key.rss_mb" "$rss_mb"
    result "$key.anon_mb" "${anon:-}"
    result "$key.gl_driver" "$([[ ${gl:-0} -gt 0 ]] && echo yes || echo no)"
    result "$key.hwm_mb" "$hwm_mb"
    result "$key.maxheap_mb" "$maxheap_mb"
    result "$key.opts" "${opts:-default}"
}
if want rss; then
    log ""
    log "== 2. resident memory after ${RSS_WAIT} s, $LAUNCHER_OPTS_DESC${EXTRA_OPTS:+, plus $EXTRA_OPTS} =="
    for scale in $SCALES; do
        measure_rss "$scale" "" ""
    done
    v=0
    for opts in "${RSS_VARIANTS[@]}"; do
        v=$((v + 1))
        log "-- variant v$v: $opts"
        for scale in $SCALES; do
            measure_rss "$scale" ".v$v" "$opts"
        done
    done
fi

# ---------------------------------------------------------------- soak
if want soak; then
    log ""
    log "== soak: RSS every ${SOAK_EVERY} s for ${SOAK_MINUTES} min, demo scale $SOAK_SCALE, $LAUNCHER_OPTS_DESC${EXTRA_OPTS:+, plus $EXTRA_OPTS} =="
    f="$OUT/soak.log"
    env "${ENV_ASSIGN[@]}" java "${JVM_EXTRA[@]}" -Dprism.order=sw $PREFS -jar "$JAR" --demo-scale "$SOAK_SCALE" >"$f" 2>&1 &
    APP_PID=$!
    readings=()
    end=$(( $(date +%s) + SOAK_MINUTES * 60 ))
    t=0
    while (( $(date +%s) + SOAK_EVERY <= end + 1 )); do
        sleep "$SOAK_EVERY"; t=$((t + SOAK_EVERY))
        if ! kill -0 "$APP_PID" 2>/dev/null; then log "  the window exited after ${t} s (see $f)"; break; fi
        r=$(( $(status_kb "$APP_PID" VmRSS) / 1024 )); h=$(( $(status_kb "$APP_PID" VmHWM) / 1024 ))
        readings+=("$r")
        log "$(printf '  %4d min: VmRSS %5d MB   VmHWM %5d MB   load %s' $((t / 60)) "$r" "$h" "$(load1)")"
        result "soak.rss_mb.$((t / 60))min" "$r"
    done
    if kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    APP_PID=""
    if (( ${#readings[@]} > 1 )); then
        first="${readings[0]}"
        dev="$(printf '%s\n' "${readings[@]}" | awk -v f="$first" '{d = ($1 - f) * 100 / f; if (d < 0) d = -d; if (d > m) m = d} END {printf "%.1f", m}')"
        min="$(printf '%s\n' "${readings[@]}" | sort -n | head -1)"; max="$(printf '%s\n' "${readings[@]}" | sort -n | tail -1)"
        log "  first reading $first MB, min $min MB, max $max MB: largest deviation from the first ${dev} % (target <= 10 %)"
        result soak.first_mb "$first"; result soak.min_mb "$min"; result soak.max_mb "$max"; result soak.max_dev_pct "$dev"
        result soak.minutes "$((t / 60))"
    fi
fi

# ---------------------------------------------------------------- 3. apply
if want apply; then
    log ""
    log "== 3. FX-thread time of live updates (ApplyBench, ${APPLY_SECONDS} s measured after ${APPLY_WARMUP} s warm-up) =="
    if [[ $APPLY_DISPLAY == 1 ]]; then
        fxplat=(-Dprism.order=sw); log "platform: X display $DISPLAY, software pipeline"
    else
        fxplat=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
                -Dheadless.geometry=1920x1200-32 -Djava.awt.headless=true)
        log "platform: Monocle headless 1920x1200, software pipeline"
    fi
    for scale in $SCALES; do
        extra=(); [[ "$scale" != 1 ]] && extra=(--scroll)
        [[ $CENSUS == 1 ]] && extra+=(--census)
        [[ $MUTED == 1 ]] && extra+=(--muted)
        f="$OUT/apply-scale$scale.log"
        jfc=profile
        if [[ -n "$PROFILE_PERIOD" ]]; then # the JDK's profile settings with a shorter Java sampling period
            jfc="$OUT/profile-${PROFILE_PERIOD}ms.jfc"
            sed '/name="jdk.ExecutionSample"/,/<\/event>/s/<setting name="period"\([^>]*\)>[^<]*</<setting name="period"\1>'"$PROFILE_PERIOD"' ms</' \
                "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" > "$jfc"
        fi
        jfr=(); [[ $PROFILE == 1 ]] && jfr=(-XX:StartFlightRecording=filename="$OUT/apply-scale$scale.jfr",settings="$jfc")
        wait_quiet
        log "scale $scale: started at load $(load1)"
        jrun "${jfr[@]}" "${fxplat[@]}" "${FULL_GC[@]}" $PREFS -cp "$BENCH_CP" io.triptych.bench.ApplyBench --scale "$scale" \
            --seconds "$APPLY_SECONDS" --warmup "$APPLY_WARMUP" "${extra[@]}" >"$f" 2>&1 || true
        grep -v '^RESULT \|^WINDOW \|^WARNING: Unsupported JavaFX\|PlatformImpl startup$\|\[jfr,startup\]' "$f" | tee -a "$OUT/run.log"
        grep '^WINDOW ' "$f" > "$OUT/apply-scale$scale-windows.txt" || true
        sed -n 's/^RESULT //p' "$f" >> "$RESULTS"
        log "load at end of run: $(load1)"
        if [[ $PROFILE == 1 && -f "$OUT/apply-scale$scale.jfr" ]]; then
            from="$(awk -v k="apply.scale$scale.window_from_epoch_ms" '$1 == k {print $2}' "$RESULTS")"
            to="$(awk -v k="apply.scale$scale.window_to_epoch_ms" '$1 == k {print $2}' "$RESULTS")"
            th="$(awk -v k="apply.scale$scale.fx_thread_id" '$1 == k {print $2}' "$RESULTS")"
            if [[ -n "$from" && -n "$th" ]]; then
                jfr_top "$OUT/apply-scale$scale.jfr" "$OUT/apply-scale$scale-profile.txt" --thread-id "$th" \
                    --from "$from" --to "$to" --top 15
                log "-- FX-thread profile of the measured window, scale $scale ($OUT/apply-scale$scale-profile.txt):"
                sed -n '1,/^-- top methods by inclusive/p' "$OUT/apply-scale$scale-profile.txt" | sed '$d' | tee -a "$OUT/run.log"
                if [[ -s "$OUT/apply-scale$scale-windows.txt" ]]; then
                    jfr_top "$OUT/apply-scale$scale.jfr" "$OUT/apply-scale$scale-stalls-profile.txt" --thread-id "$th" \
                        --from "$from" --to "$to" --windows "$OUT/apply-scale$scale-windows.txt" --top 15
                    log "-- the same, only in the stalls and slow pulses ($OUT/apply-scale$scale-stalls-profile.txt):"
                    sed -n '1,/^-- top methods by inclusive/p' "$OUT/apply-scale$scale-stalls-profile.txt" | sed '$d' | tee -a "$OUT/run.log"
                fi
            fi
        fi
    done
fi

# ---------------------------------------------------------------- 4. logs
if want logs; then
    log ""
    log "== 4. One log followed at full speed (LogFollowBench, ${LOGS_SECONDS} s, Monocle headless) =="
    wait_quiet
    log "started at load $(load1)"
    f="$OUT/logs.log"
    jrun -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32 \
        -Djava.awt.headless=true "${FULL_GC[@]}" $PREFS -cp "$BENCH_CP" io.triptych.bench.LogFollowBench --seconds "$LOGS_SECONDS" \
        >"$f" 2>&1 || true
    { grep -v '^RESULT \|^WARNING: Unsupported JavaFX\|PlatformImpl startup$' "$f" || true; } | tee -a "$OUT/run.log"
    sed -n 's/^RESULT //p' "$f" >> "$RESULTS"
    log "load at end of run: $(load1)"
fi

# ---------------------------------------------------------------- 5. swarm
if want swarm; then
    # PrivateDockerd is a test helper (JUnit on its class path): compiled here with the test class path.
    mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$STAGE/test-cp.txt" -Dmdep.includeScope=test >/dev/null
    TEST_CP="$(cat "$STAGE/test-cp.txt")"
    mkdir -p "$STAGE/swarm-classes"
    javac -nowarn --release 17 -cp "$STAGE/triptych.jar:$TEST_CP" -d "$STAGE/swarm-classes" \
        src/test/java/io/triptych/bench/SwarmRefreshBench.java src/test/java/io/triptych/testing/docker/PrivateDockerd.java
    f="$OUT/swarm.log"
    wait_quiet
    log "swarm: $SWARM_SERVICES services, started at load $(load1)"
    jrun -cp "$STAGE/swarm-classes:$STAGE/triptych.jar:$TEST_CP" io.triptych.bench.SwarmRefreshBench \
        --services "$SWARM_SERVICES" >"$f" 2>&1 || true
    grep -v '^RESULT ' "$f" | tee -a "$OUT/run.log"
    sed -n 's/^RESULT //p' "$f" >> "$RESULTS"
fi

# ---------------------------------------------------------------- 6. gitlab
if want gitlab; then
    log ""
    log "== 6. GitLab polling cost (GitLabPollBench $GITLAB_ARGS) =="
    wait_quiet
    log "started at load $(load1)"
    jrun -cp "$BENCH_CP" io.triptych.bench.GitLabPollBench $GITLAB_ARGS >"$OUT/gitlab.log" 2>&1 || true
    grep -v '^RESULT ' "$OUT/gitlab.log" | tee -a "$OUT/run.log"
    sed -n 's/^RESULT \(gitlab\.[a-z]*\.[a-z_]*\) /\1 /p' "$OUT/gitlab.log" >> "$RESULTS"
fi

# ---------------------------------------------------------------- 7. kubernetes
if want kubernetes; then
    log ""
    log "== 7. Kubernetes: API change -> published snapshot (KubernetesWatchBench, $K8S_DEPLOYMENTS deployments x $K8S_PODS_PER pods, $K8S_CHANGES changes) =="
    # fabric8's mock API server is a test dependency: this part runs from the working tree's test class path.
    (cd "$ROOT" && mvn -q -B -o test-compile \
        && mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/k8s-cp.txt") \
        || { echo "run.sh: mvn test-compile failed (kubernetes part)" >&2; exit 1; }
    f="$OUT/kubernetes.log"
    wait_quiet
    log "started at load $(load1)"
    jrun -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/k8s-cp.txt")" \
        io.triptych.bench.KubernetesWatchBench --deployments "$K8S_DEPLOYMENTS" --pods-per "$K8S_PODS_PER" \
        --changes "$K8S_CHANGES" >"$f" 2>&1 || true
    grep -v '^result \|BlockedThreadChecker\|has been blocked\|^\s*at \|^io.vertx' "$f" | tee -a "$OUT/run.log"
    sed -n 's/^result //p' "$f" >> "$RESULTS"
    log "load at end of run: $(load1)"
fi

# ---------------------------------------------------------------- 8. runs
if want runs; then
    log ""
    log "== 8. a run printing 100,000 lines into a run console (RunConsoleBench, Monocle headless) =="
    f="$OUT/runs.log"
    wait_quiet
    jrun -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32 \
        -Djava.awt.headless=true "${FULL_GC[@]}" $PREFS -cp "$BENCH_CP" io.triptych.bench.RunConsoleBench --lines 100000 >"$f" 2>&1 || true
    { grep -v '^RESULT \|^WARNING: Unsupported JavaFX\|PlatformImpl startup$' "$f" || true; } | tee -a "$OUT/run.log"
    sed -n 's/^RESULT //p' "$f" >> "$RESULTS"
fi

# ---------------------------------------------------------------- 9. headless status
if want headless; then
    log ""
    log "== 9. headless: triptych status --json =="
    wait_quiet
    # The demo: the command as cron runs it, $RUNS times; wall, CPU (user+sys) and peak RSS from /usr/bin/time.
    demo_cds=()
    if [[ $CDS == 1 ]]; then
        jrun -XX:ArchiveClassesAtExit="$OUT/status-demo.jsa" $PREFS -jar "$JAR" status --json >/dev/null 2>"$OUT/status-demo-cds-dump.log" || true
        [[ -f "$OUT/status-demo.jsa" ]] && demo_cds=(-XX:SharedArchiveFile="$OUT/status-demo.jsa") \
            && log "AppCDS archive of status on the demo: $(du -m "$OUT/status-demo.jsa" | cut -f1) MB"
    fi
    demo_run() { # $1 = label, rest = JVM options; prints "wall_ms cpu_ms hwm_mb"
        local label="$1"; shift
        env "${ENV_ASSIGN[@]}" /usr/bin/time -f "%e %U %S %M" -o "$OUT/status-demo-time.txt" \
            java "${JVM_EXTRA[@]}" "$@" $PREFS -jar "$JAR" status --json >"$OUT/status-demo.json" 2>"$OUT/status-demo-$label.err" || true
        tail -1 "$OUT/status-demo-time.txt" | awk '{printf "%d %d %d\n", $1 * 1000, ($2 + $3) * 1000, $4 / 1024}'
    }
    # The options target/triptych adds for `status` only (STATUS_JVM_OPTS in src/main/launcher/triptych).
    read -r -a STATUS_OPTS <<< "$(sed -n 's/^STATUS_JVM_OPTS="\(.*\)"$/\1/p' src/main/launcher/triptych)"
    log "the launcher's options for status: ${STATUS_OPTS[*]:-(none)}"
    walls=(); cpus=(); hwms=(); walls_cds=(); cpus_cds=(); walls_st=(); cpus_st=()
    for i in $(seq "$RUNS"); do
        read -r w c h < <(demo_run plain)
        walls+=("$w"); cpus+=("$c"); hwms+=("$h")
        line="$(printf 'demo run %d: wall %5d ms  CPU %5d ms  peak RSS %4d MB' "$i" "$w" "$c" "$h")"
        if [[ ${#STATUS_OPTS[@]} -gt 0 ]]; then
            read -r w c h < <(demo_run status-opts "${STATUS_OPTS[@]}")
            walls_st+=("$w"); cpus_st+=("$c")
            line="$line   with the launcher's status options: wall $w ms  CPU $c ms  peak RSS $h MB"
        fi
        if [[ ${#demo_cds[@]} -gt 0 ]]; then
            read -r w c h < <(demo_run cds "${demo_cds[@]}")
            walls_cds+=("$w"); cpus_cds+=("$c")
            line="$line   with AppCDS: wall $w ms  CPU $c ms  peak RSS $h MB"
        fi
        log "$line (load $(load1))"
    done
    result headless.demo.wall_median_ms "$(printf '%s\n' "${walls[@]}" | median)"
    result headless.demo.cpu_median_ms "$(printf '%s\n' "${cpus[@]}" | median)"
    result headless.demo.hwm_max_mb "$(printf '%s\n' "${hwms[@]}" | sort -n | tail -1)"
    if [[ ${#walls_st[@]} -gt 0 ]]; then
        result headless.demo_launcher.wall_median_ms "$(printf '%s\n' "${walls_st[@]}" | median)"
        result headless.demo_launcher.cpu_median_ms "$(printf '%s\n' "${cpus_st[@]}" | median)"
    fi
    if [[ ${#walls_cds[@]} -gt 0 ]]; then
        result headless.demo_cds.wall_median_ms "$(printf '%s\n' "${walls_cds[@]}" | median)"
        result headless.demo_cds.cpu_median_ms "$(printf '%s\n' "${cpus_cds[@]}" | median)"
    fi
    # At scale: the bench JVM serves the fakes; the status JVM gets the same extra options as every measured JVM.
    f="$OUT/headless.log"
    cds_args=(); [[ $CDS == 1 ]] && cds_args=(--cds "$OUT/status-scale.jsa")
    wait_quiet
    # As target/triptych runs status: jvm.options and the launcher's status options.
    log "scale: $HEADLESS_ARGS, child JVM with the launcher's status options (${STATUS_OPTS[*]:-none}), started at load $(load1)"
    java -Xmx1g -cp "$BENCH_CP" io.triptych.bench.HeadlessStatusBench --app-cp "$STAGE/triptych.jar:$STAGE/lib/*" \
        --work "$OUT/headless-work" --java-opts "${JVM_EXTRA[*]} ${STATUS_OPTS[*]}" "${cds_args[@]}" $HEADLESS_ARGS >"$f" 2>&1 || true
    grep -v '^RESULT ' "$f" | tee -a "$OUT/run.log"
    sed -n 's/^RESULT //p' "$f" >> "$RESULTS"
    log "load at end of run: $(load1)"
fi

# ---------------------------------------------------------------- summary
get() { awk -v k="$1" '$1 == k {print $2}' "$RESULTS" | tail -1; }
row() { # label value unit target-text verdict
    printf '%-64s %22s  %-8s %s\n' "$1" "$2" "$3" "$4" | tee -a "$OUT/run.log"
}
verdict() { # value limit -> ok / OVER / n/a
    [[ -z "$1" ]] && { echo "n/a"; return; }
    awk -v v="$1" -v l="$2" 'BEGIN {print (v + 0 <= l + 0) ? "ok" : "OVER"}'
}
log ""
log "== summary ($OUT) =="
printf '%-64s %22s  %-8s %s\n' "figure" "value" "target" "verdict" | tee -a "$OUT/run.log"
if want startup; then
    row "startup: triptych median (ms)" "$(get startup.app_median_ms)" "" ""
    row "startup: bare JavaFX window median (ms)" "$(get startup.bare_median_ms)" "" ""
    r="$(get startup.ratio)"; row "startup: ratio triptych / bare" "${r:+${r}x}" "<= 1.5x" "$(verdict "$r" 1.5)"
    if [[ $PACKAGED == 1 ]]; then
        row "startup, packaged (jpackage + AppCDS): triptych / bare median (ms)" "$(get startup.packaged_app_median_ms) / $(get startup.packaged_bare_median_ms)" "" ""
        r="$(get startup.packaged_ratio)"; row "startup, packaged: ratio triptych / bare" "${r:+${r}x}" "<= 1.5x" "$(verdict "$r" 1.5)"
    fi
fi
if want rss; then
    for scale in $SCALES; do
        v="$(get "rss.scale$scale.rss_mb")"; lim=$([[ $scale == 1 ]] && echo 300 || echo 600)
        row "RSS after ${RSS_WAIT} s, scale $scale (MB; max heap $(get "rss.scale$scale.maxheap_mb") MB)" "$v" "<= $lim" "$(verdict "$v" "$lim")"
        row "  VmHWM, scale $scale (MB)" "$(get "rss.scale$scale.hwm_mb")" "" ""
    done
    v=0
    for opts in "${RSS_VARIANTS[@]}"; do
        v=$((v + 1))
        for scale in $SCALES; do
            x="$(get "rss.scale$scale.v$v.rss_mb")"; lim=$([[ $scale == 1 ]] && echo 300 || echo 600)
            row "RSS, scale $scale, $opts (MB; HWM $(get "rss.scale$scale.v$v.hwm_mb"))" "$x" "<= $lim" "$(verdict "$x" "$lim")"
        done
    done
fi
if want soak; then
    row "soak: RSS first / min / max over $(get soak.minutes) min, scale $SOAK_SCALE (MB)" "$(get soak.first_mb) / $(get soak.min_mb) / $(get soak.max_mb)" "<= 600" "$(verdict "$(get soak.max_mb)" 600)"
    d="$(get soak.max_dev_pct)"; row "soak: largest deviation from the first reading" "${d:+${d} %}" "<= 10 %" "$(verdict "$d" 10)"
fi
if want apply; then
    for scale in $SCALES; do
        limit=5; [[ "$scale" != 1 ]] && limit=50
        p="apply.scale$scale"
        [[ -z "$(get "$p.apply_n")" ]] && { row "apply, scale $scale" "failed" "" "see $OUT/apply-scale$scale.log"; continue; }
        row "apply, scale $scale: count" "$(get "$p.apply_n")" "" ""
        row "apply, scale $scale: p50 / p95 (ms)" "$(get "$p.apply_p50_ms") / $(get "$p.apply_p95_ms")" "<= $limit" "$(verdict "$(get "$p.apply_p95_ms")" "$limit") (p95)"
        row "apply, scale $scale: max (ms)" "$(get "$p.apply_max_ms")" "<= $limit" "$(verdict "$(get "$p.apply_max_ms")" "$limit")"
        row "hop+css+layout, scale $scale: p50 / p95 / max (ms)" "$(get "$p.hoplayout_p50_ms") / $(get "$p.hoplayout_p95_ms") / $(get "$p.hoplayout_max_ms")" "<= $limit" "$(verdict "$(get "$p.hoplayout_p95_ms")" "$limit") (p95)"
        row "  hop FX-thread CPU, scale $scale: p50 / p95 / max (ms)" "$(get "$p.hopcpu_p50_ms") / $(get "$p.hopcpu_p95_ms") / $(get "$p.hopcpu_max_ms")" "" ""
        [[ "$scale" != 1 ]] && row "  css+layout after a scroll step, scale $scale: p95 / max (ms)" "$(get "$p.css_scroll_p95_ms") / $(get "$p.css_scroll_max_ms")" "" ""
        row "pulse gap, scale $scale: p50 / p95 / max (ms)" "$(get "$p.gap_p50_ms") / $(get "$p.gap_p95_ms") / $(get "$p.gap_max_ms")" "" ""
        s="$(get "$p.stalls")"
        row "pulse gaps > 50 ms, scale $scale$([[ $scale != 1 ]] && echo ' (scrolling)') (of $(get "$p.gap_n"))" "$s" "0" "$(verdict "$s" 0)"
        row "  longest GC pause in window, scale $scale (ms)" "$(get "$p.gc_pause_max_ms")" "" ""
        row "  frames rendered/s, process CPU %, load avg, scale $scale" "$(get "$p.fps") / $(get "$p.process_cpu_pct") / $(get "$p.load_avg_1m")" "" ""
        row "  FX CPU in window: all / hops / css+layout / scroll (ms), scale $scale" "$(get "$p.fx_cpu_ms") / $(get "$p.fx_cpu_hops_ms") / $(get "$p.fx_cpu_layout_ms") / $(get "$p.fx_cpu_scroll_ms")" "" ""
        row "  FX allocation in window: all / hops (MB); per hop p50 / p95 (KB), scale $scale" "$(get "$p.fx_alloc_mb") / $(get "$p.fx_alloc_hops_mb"); $(get "$p.hop_alloc_p50_kb") / $(get "$p.hop_alloc_p95_kb")" "" ""
        row "  heap used after a full GC at the end (MB), scale $scale" "$(get "$p.heap_after_gc_mb")" "" ""
    done
fi
if want logs; then
    row "logs: lines produced per s / kept / dropped" "$(get logs.lines_per_s) / $(get logs.lines_kept) / $(get logs.lines_dropped)" "" ""
    row "logs: FX time per drain p50 / p95 / max (ms)" "$(get logs.drain_p50_ms) / $(get logs.drain_p95_ms) / $(get logs.drain_max_ms)" "<= 16" "$(verdict "$(get logs.drain_p95_ms)" 16) (p95)"
    row "logs: pump (lines into the view, per pulse) p50 / p95 / max (ms)" "$(get logs.pump_p50_ms) / $(get logs.pump_p95_ms) / $(get logs.pump_max_ms)" "<= 4" "$(verdict "$(get logs.pump_p95_ms)" 4) (p95)"
    row "logs: FX-thread CPU per pulse p50 / p95 / max (ms)" "$(get logs.fx_cpu_per_pulse_p50_ms) / $(get logs.fx_cpu_per_pulse_p95_ms) / $(get logs.fx_cpu_per_pulse_max_ms)" "" ""
    row "logs: line cells alive at the end" "$(get logs.line_cells)" "" ""
    row "logs: pulse gap p95 / max (ms)" "$(get logs.gap_p95_ms) / $(get logs.gap_max_ms)" "" ""
    row "logs: pulse gaps > 50 ms (of $(get logs.gap_n))" "$(get logs.stalls)" "0" "$(verdict "$(get logs.stalls)" 0)"
    row "logs: heap after GC every 5 s (MB)" "$(get logs.heap_after_gc_mb_every_5s | cut -c1-60)" "flat" ""
fi
if want swarm; then
    row "swarm refresh, $(get swarm.services) services: p50 / p95 (ms)" "$(get swarm.p50_ms) / $(get swarm.p95_ms)" "" ""
    row "swarm: HTTP requests per refresh" "$(get swarm.requests_per_refresh)" "2" "$(verdict "$(get swarm.requests_per_refresh)" 2)"
fi
if want gitlab; then
    row "gitlab: steady requests/min (3 env x projects, no change)" "$(get gitlab.steady.requests_per_min)" "" ""
    row "gitlab: requests/min with churn" "$(get gitlab.churn.requests_per_min)" "" ""
    row "gitlab: refresh wall, cold / steady / churn (ms)" "$(get gitlab.cold.wall_ms) / $(get gitlab.steady.wall_ms) / $(get gitlab.churn.wall_ms)" "" ""
fi
if want kubernetes; then
    v="$(get k8s.change_p95_ms)"
    row "kubernetes: initial sync, $((K8S_DEPLOYMENTS * K8S_PODS_PER)) pods (ms)" "$(get k8s.sync_ms)" "" ""
    row "kubernetes: change -> published snapshot p50 / p95 (ms)" "$(get k8s.change_p50_ms) / $v" "<= 1000" "$(verdict "$v" 1000) (p95)"
    x="$(get k8s.lists_after_sync)"
    row "kubernetes: list calls after the first sync" "$x" "0" "$(verdict "$x" 0)"
fi
if want runs; then
    if [[ -z "$(get runs.lines)" ]]; then
        row "runs" "failed" "" "see $OUT/runs.log"
    else
        row "runs: $(get runs.lines) lines, elapsed (ms) / lines per s" "$(get runs.elapsed_ms) / $(get runs.lines_per_s)" "" ""
        row "runs: drain p50 / p95 / max (ms, $(get runs.drain_n) drains)" "$(get runs.drain_p50_ms) / $(get runs.drain_p95_ms) / $(get runs.drain_max_ms)" "<= 50" "$(verdict "$(get runs.drain_max_ms)" 50)"
        row "runs: drain FX-thread CPU p50 / p95 / max (ms)" "$(get runs.drain_cpu_p50_ms) / $(get runs.drain_cpu_p95_ms) / $(get runs.drain_cpu_max_ms)" "" ""
        row "runs: pump p50 / p95 / max (ms, $(get runs.pump_n) pumps)" "$(get runs.pump_p50_ms) / $(get runs.pump_p95_ms) / $(get runs.pump_max_ms)" "<= 4" "$(verdict "$(get runs.pump_p95_ms)" 4) (p95)"
        row "runs: FX-thread CPU per pulse p50 / p95 / max (ms)" "$(get runs.fx_cpu_per_pulse_p50_ms) / $(get runs.fx_cpu_per_pulse_p95_ms) / $(get runs.fx_cpu_per_pulse_max_ms)" "" ""
        row "runs: line cells alive at the end" "$(get runs.line_cells)" "" ""
        row "runs: pulse gap p50 / p95 / max (ms)" "$(get runs.gap_p50_ms) / $(get runs.gap_p95_ms) / $(get runs.gap_max_ms)" "" ""
        row "runs: pulse gaps > 50 ms (of $(get runs.gap_n))" "$(get runs.stalls)" "0" "$(verdict "$(get runs.stalls)" 0)"
        row "runs: load average (1 min) at the end" "$(get runs.load_avg_1m)" "" ""
        row "runs: lines kept / dropped from memory; heap after GC (MB)" "$(get runs.kept_lines) / $(get runs.dropped_lines); $(get runs.heap_after_gc_mb)" "" ""
    fi
fi
if want headless; then
    v="$(get headless.demo.wall_median_ms)"
    row "headless: status --json on the demo, wall median (ms)" "$v" "<= 600" "$(verdict "$v" 600)"
    row "  demo: CPU median (ms) / peak RSS max (MB)" "$(get headless.demo.cpu_median_ms) / $(get headless.demo.hwm_max_mb)" "" ""
    [[ -n "$(get headless.demo_launcher.wall_median_ms)" ]] && row "  demo with the launcher's status options: wall / CPU median (ms)" "$(get headless.demo_launcher.wall_median_ms) / $(get headless.demo_launcher.cpu_median_ms)" "<= 600" "$(verdict "$(get headless.demo_launcher.wall_median_ms)" 600)"
    [[ -n "$(get headless.demo_cds.wall_median_ms)" ]] && row "  demo with AppCDS: wall / CPU median (ms)" "$(get headless.demo_cds.wall_median_ms) / $(get headless.demo_cds.cpu_median_ms)" "<= 600" "$(verdict "$(get headless.demo_cds.wall_median_ms)" 600)"
    for k in default cds; do
        [[ -z "$(get headless.$k.wall_ms)" ]] && continue
        row "headless scale ($k): longest chain (ms, requests)" "$(get headless.$k.chain_ms) ($(get headless.$k.chain_requests))" "" ""
        row "  wall (ms): whole process / first request to exit" "$(get headless.$k.wall_ms) / $(get headless.$k.first_request_to_exit_ms)" "" ""
        r="$(get headless.$k.ratio)"; row "  ratio, JVM start out (first request to exit / chain)" "${r}x" "<= 1.3x" "$(verdict "$r" 1.3)"
        row "  ratio, JVM start in (whole process / chain)" "$(get headless.$k.ratio_with_jvm_start)x" "" ""
        v="$(get headless.$k.hwm_mb)"; row "  peak RSS (MB) / CPU (ms)" "$v / $(get headless.$k.cpu_ms)" "<= 450" "$(verdict "$v" 450)"
    done
fi
log ""
log "load at end: $(cut -d' ' -f1-3 /proc/loadavg); logs in $OUT"
