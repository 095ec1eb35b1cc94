#!/usr/bin/env bash
# Start to first page on a restart with H2: starts the academy RUNS times on one data folder that
# already holds its database (the first, untimed start creates it), and prints for each start the
# milliseconds from launching the JVM to the first 200 of the sign-in page, then the median.
#
#   deploy/bench/start-to-first-page.sh MODE [RUNS]
#
# MODE  jar       java -jar academy-ui/target/academy-ui.jar (the repackaged jar as built)
#       extracted the jar extracted by Spring Boot's jarmode tools (plain jars on the class path)
#       cds       extracted, with a dynamic CDS archive made by the untimed first start (the image's way)
#       aot       extracted, with a JDK 25 AOT cache trained by the untimed first start
# Needs: ./mvnw -pl academy-ui -am package -DskipTests first; JAVA_HOME a JDK 25 (aot: 25 or newer).
# Environment: PORT (8093), WORK (/tmp/academy-start-bench), JAVA_OPTS (extra JVM flags for all),
# JAR (another copy of the built jar).
set -euo pipefail
mode=${1:?mode: jar, extracted, cds or aot}
runs=${2:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
java=${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java
port=${PORT:-8093}
work=${WORK:-/tmp/academy-start-bench}/$mode
jar=${JAR:-$root/academy-ui/target/academy-ui.jar}
[ -f "$jar" ] || { echo "no $jar: build it first (./mvnw -pl academy-ui -am package -DskipTests)" >&2; exit 2; }
rm -rf "$work" && mkdir -p "$work"
export ACADEMY_DATA_DIR=$work/data PORT=$port

launch=()
case $mode in
  jar) launch=(-jar "$jar") ;;
  extracted|cds|aot)
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
    launch=(-jar "$work/app/academy-ui.jar") ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
training=()
timed=()
case $mode in
  # as the image runs: the archive is made when missing or stale, at exit, and used by the next start
  cds) training=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$work/academy.jsa"); timed=("${training[@]}") ;;
  aot) training=(-XX:AOTCacheOutput="$work/academy.aot"); timed=(-XX:AOTCache="$work/academy.aot") ;;
esac

# one start: prints milliseconds to the first page; stops the node (SIGTERM, graceful) after
start_once() {
  local t0 pid code elapsed
  t0=$(date +%s%N)
  "$java" ${JAVA_OPTS:-} "$@" "${launch[@]}" >"$work/last.log" 2>&1 &
  pid=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)
    [ "$code" = 200 ] && break
    kill -0 $pid 2>/dev/null || { echo "the academy stopped; see $work/last.log" >&2; exit 1; }
    sleep 0.05
  done
  elapsed=$(( ($(date +%s%N) - t0) / 1000000 ))
  kill -TERM $pid && wait $pid || true
  echo "$elapsed"
}

echo "first start (creates the database${training:+, trains the ${mode} cache}; not counted): $(start_once "${training[@]}") ms"
figures=()
for i in $(seq 1 "$runs"); do
  ms=$(start_once "${timed[@]}")
  figures+=("$ms")
  echo "$mode run $i: $ms ms"
done
sorted=$(printf '%s\n' "${figures[@]}" | sort -n)
echo "$mode: median $(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms, min $(echo "$sorted" | head -1), max $(echo "$sorted" | tail -1) of $runs (cores: $(nproc), load: $(cut -d' ' -f1 /proc/loadavg))"
