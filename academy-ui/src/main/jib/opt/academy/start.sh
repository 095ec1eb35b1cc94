#!/bin/sh
# The image's entry point: the academy on the image's JVM, starting faster from the second start on.
#
# JDK 25 or newer: the JDK's AOT cache (JEP 483, 514, 515) in the data folder. The first start of an
# image records the classes it loads and the methods it runs, and writes the cache when it stops
# (SIGTERM, graceful); every later start of the same image maps it. The cache is named after the
# image's build (ACADEMY_IMAGE_BUILD), so a new image never maps an old one's: it trains afresh and
# the old caches are deleted. The JVM checks the rest itself and starts without a cache it cannot use.
# An older JDK (another base image): a dynamic class-data archive (CDS), made and used the same way.
# A data folder it may not write: no cache, no archive.
#
# Environment: ACADEMY_DATA_DIR (/data), ACADEMY_APP_DIR (/app, where Jib puts the class path and
# the main class), ACADEMY_IMAGE_BUILD (set by the image), JAVA_HOME (the base image's), and the
# JVM's own JAVA_TOOL_OPTIONS for more flags (e.g. -XX:MaxRAMPercentage=75).
set -eu
data="${ACADEMY_DATA_DIR:-/data}"
app="${ACADEMY_APP_DIR:-/app}"
build="${ACADEMY_IMAGE_BUILD:-unknown}"
# the base image names its JDK in JAVA_HOME (both eclipse-temurin and deploy/image/local-base-image.sh);
# else the java on the PATH, and its home from where it really lies
home="${JAVA_HOME:-}"
if [ -z "$home" ] && command -v java >/dev/null 2>&1; then
  home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
java="${home:+$home/bin/}java"

# the JDK's feature version from its release file (no JVM started to ask): 25 from JAVA_VERSION="25.0.3"
feature=0
if [ -n "$home" ] && [ -r "$home/release" ]; then
  feature=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$home/release")
  feature=${feature:-0}
fi

cache=""
quiet="-Xlog:cds*=off"
if [ "$feature" -ge 25 ]; then
  quiet="-Xlog:aot*=off -Xlog:cds*=off"
fi
if [ -w "$data" ]; then
  if [ "$feature" -ge 25 ]; then
    current="$data/academy-$build.aot"
    if [ -f "$current" ]; then
      cache="-XX:AOTCache=$current"
    else
      rm -f "$data"/academy-*.aot "$data"/academy-*.aot.config   # earlier images, a training cut short
      cache="-XX:AOTCacheOutput=$current"
    fi
  else
    cache="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$data/academy.jsa"
  fi
fi

# G1 with a 50 ms pause goal, unless JAVA_TOOL_OPTIONS or JDK_JAVA_OPTIONS name a collector (the JVM
# refuses two): at 2,000 learners on two cores the parallel collector's young pauses (115 to 218 ms
# over that many open pages) kept round trips' p95 above 100 ms, where G1 collecting a few regions
# at a time met it, for about the same CPU while a core is to spare (docs/benchmarks.md, *The goals'
# pace…*); its first metadata threshold above the academy's ~150 MB of classes, so a start
# makes no collections for them. Options on the command line win over those in JAVA_TOOL_OPTIONS,
# so the script leaves out each one the operator sets there.
collector="-XX:+UseG1GC"
pause_goal="-XX:MaxGCPauseMillis=50"
metaspace="-XX:MetaspaceSize=192m"
set -f   # the options' words as they are, no file names
for option in ${JAVA_TOOL_OPTIONS:-} ${JDK_JAVA_OPTIONS:-}; do
  case "$option" in
    -XX:+Use*GC) collector="" pause_goal="" metaspace="" ;;
    -XX:MaxGCPauseMillis=*) pause_goal="" ;;
    -XX:MetaspaceSize=*) metaspace="" ;;
  esac
done
set +f

# the cache's and archive's notes are plain text on standard output: keep JSON logs JSON;
# native Argon2 (JNA) loads its library without the JDK's warning, and unpacks it in the temporary
# folder (the image's user has no home: JNA would make a folder named "?" in /data for it)
# many learners' pages hold the same texts (a lesson, an exercise's instructions, Vaadin's templates):
# string deduplication lets the collector keep one copy of each (about 20 KB a learner on a page,
# docs/benchmarks.md)
# the heap on transparent huge pages where the kernel offers them (madvise or always): one TLB entry
# maps 2 MB instead of 4 KB, and a page walk under a hypervisor costs a few hundred nanoseconds; about
# 15% less CPU per round trip measured (docs/benchmarks.md). Where the kernel has them off, the JVM's
# warning goes to standard error, not into the JSON log on standard output.
# shellcheck disable=SC2086
exec "$java" $cache $quiet $collector $pause_goal $metaspace -XX:+UseStringDeduplication -XX:+UseTransparentHugePages -Xlog:pagesize=off \
  -Xlog:pagesize=warning:stderr --enable-native-access=ALL-UNNAMED -Djna.tmpdir="${TMPDIR:-/tmp}" \
  -cp "@$app/jib-classpath-file" "$(cat "$app/jib-main-class-file")" "$@"
