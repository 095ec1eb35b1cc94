#!/usr/bin/env bash
# A base image for Jib made on this machine, for where no registry with eclipse-temurin is reachable
# (Jib reads it as tar://...): a minimal Debian root filesystem (debootstrap, from Debian's package
# mirror) with a Java runtime made by jlink from the JDK in JAVA_HOME at /opt/java/openjdk, packed as
# a one-layer image in "docker save" format. Needs root and debootstrap (apt-get install debootstrap).
#
#   deploy/image/local-base-image.sh OUT.tar [WORKDIR]
#   ./mvnw -B -pl academy-ui -am -Pimage package -DskipTests -Djib.from.image=tar://$PWD/OUT.tar
set -euo pipefail
out=$(realpath -m "${1:?where to write the base image tarball}")
work=${2:-/tmp/academy-base-image}
jdk=${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer (25 for the class-data archive as measured)}
suite=${DEBIAN_SUITE:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
rootfs=$work/rootfs

mkdir -p "$work"
if [ ! -x "$rootfs/bin/sh" ]; then
  debootstrap --variant=minbase "$suite" "$rootfs" "$mirror"
fi
rm -rf "$rootfs/opt/java"
mkdir -p "$rootfs/opt/java"
# every module of the JDK but the development tools; --generate-cds-archive: the default class-data
# archive the academy's own (dynamic) archive builds on
"$jdk/bin/jlink" --add-modules "$("$jdk/bin/java" --list-modules | cut -d@ -f1 \
    | grep -v -E '^(jdk\.(compiler|javadoc|jshell|jdeps|jlink|jpackage|jartool|editpad|internal\.(le|opt|ed|jvmstat)|jconsole|hotspot\.agent|jstatd|jdi|jdwp\.agent|jcmd))$' | paste -sd,)" \
  --strip-debug --no-man-pages --no-header-files --generate-cds-archive --output "$rootfs/opt/java/openjdk"
"$rootfs/opt/java/openjdk/bin/java" -version 2>&1 | head -1

image=$work/image
rm -rf "$image" && mkdir -p "$image"
tar -C "$rootfs" --numeric-owner --sort=name --mtime=@1 \
  --exclude=./proc/* --exclude=./sys/* --exclude=./dev/* --exclude=./var/cache/apt/* --exclude=./var/lib/apt/lists/* \
  -cf "$image/layer.tar" .
diff_id=$(sha256sum "$image/layer.tar" | cut -d' ' -f1)
mkdir -p "$image/$diff_id" && mv "$image/layer.tar" "$image/$diff_id/layer.tar"
cat > "$image/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:01Z",
 "config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]}}
JSON
config_id=$(sha256sum "$image/config.json" | cut -d' ' -f1)
mv "$image/config.json" "$image/$config_id.json"
echo "[{\"Config\":\"$config_id.json\",\"RepoTags\":[\"local/debian-jre:$suite\"],\"Layers\":[\"$diff_id/layer.tar\"]}]" > "$image/manifest.json"
tar -C "$image" -cf "$out" manifest.json "$config_id.json" "$diff_id/layer.tar"
echo "base image: $out ($(du -h "$out" | cut -f1)); use -Djib.from.image=tar://$out"
