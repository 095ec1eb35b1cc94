#!/usr/bin/env bash
# Start to first page on a restart with H2: starts the academy RUNS times on one data folder that
# already holds its database and starter content (the first, untimed start creates them and runs
# until ready), and prints for each start the milliseconds from launching the JVM to the first 200
# of the sign-in page and the CPU time the JVM had used by then (user + system, all its threads:
# steadier than wall time on a shared machine, since it leaves out the time other processes held
# the cores); then the same to the first 200 of the readiness probe; then the medians.
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
    launch=(-jar "$work/app/$(basename "$jar")") ;;  # extract names it after the jar
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
training=()
timed=()
case $mode in
  # as the image runs: the archive is made when missing or stale, at exit, and used by the next start
  cds) training=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$work/academy.jsa"); timed=("${training[@]}") ;;
  aot) training=(-XX:AOTCacheOutput="$work/academy.aot"); timed=(-XX:AOTCache="$work/academy.aot") ;;
esac

tick=$(getconf CLK_TCK)
# the CPU milliseconds (user + system) process $1 has used so far: fields 14 and 15 of its stat,
# counted after the command name's closing parenthesis (the name may hold spaces)
cpu_ms() {
  local stat
  stat=$(<"/proc/$1/stat")
  stat=${stat##*) }
  set -- $stat
  echo $(( (${12} + ${13}) * 1000 / tick ))
}

# one start: prints the milliseconds to the first page and the JVM's CPU milliseconds by then, then
# the same at readiness (the starter content checked or imported: the runners have finished), then
# stops the node (SIGTERM, graceful). Waiting for readiness also lets the first start finish its
# import: stopped at its first page, it would leave the database without the starter content, and
# every later start would import it again.
start_once() {
  local t0 pid page=""
  t0=$(date +%s%N)
  "$java" ${JAVA_OPTS:-} "$@" "${launch[@]}" >"$work/last.log" 2>&1 &
  pid=$!
  for url in login actuator/health/readiness; do
    while [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/$url" || true)" != 200 ]; do
      kill -0 $pid 2>/dev/null || { echo "the academy stopped; see $work/last.log" >&2; exit 1; }
      sleep 0.05
    done
    page="$page $(( ($(date +%s%N) - t0) / 1000000 )) $(cpu_ms $pid)"
  done
  kill -TERM $pid && wait $pid || true
  echo "$page"
}

read -r ms cpu rms rcpu < <(start_once "${training[@]}")
echo "first start (creates the database${training:+, trains the ${mode} cache}; not counted): page $ms ms, CPU $cpu ms; ready $rms ms, CPU $rcpu ms"
walls=() cpus=() rwalls=() rcpus=()
for i in $(seq 1 "$runs"); do
  read -r ms cpu rms rcpu < <(start_once "${timed[@]}")
  walls+=("$ms") cpus+=("$cpu") rwalls+=("$rms") rcpus+=("$rcpu")
  echo "$mode run $i: page $ms ms, CPU $cpu ms; ready $rms ms, CPU $rcpu ms (load $(cut -d' ' -f1 /proc/loadavg))"
done
# median, min and max of the numbers given
summary() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms, min %d, max %d", a[int((NR+1)/2)], a[1], a[NR]}'
}
echo "$mode page wall: $(summary "${walls[@]}"); CPU: $(summary "${cpus[@]}")"
echo "$mode ready wall: $(summary "${rwalls[@]}"); CPU: $(summary "${rcpus[@]}")"
echo "($runs runs; cores: $(nproc), load: $(cut -d' ' -f1 /proc/loadavg))"
