#!/usr/bin/env bash
# Runs the image tarball Jib wrote where no container engine exists: unpacks its layers into a
# root filesystem and starts its entry point in a chroot, as its user, with its environment, working
# directory and JVM flags. Not isolation: a check that the image as built starts and serves.
# Needs root (chroot, mounting /proc and /dev). Stop it with Ctrl-C; the mounts are undone on exit.
#
#   deploy/image/run-without-engine.sh academy-ui/target/jib-image.tar [WORKDIR] [VAR=value ...]
#
# VOLUME=/some/folder keeps the image's /data there, as a container volume does: a second run then
# starts on the first one's database and start-up cache (the folder must be writable by 10001).
set -euo pipefail
image=$(realpath "${1:?the image tarball (academy-ui/target/jib-image.tar)}")
work=${2:-/tmp/academy-image-run}
shift $(( $# > 1 ? 2 : 1 ))
rm -rf "$work" && mkdir -p "$work/image" "$work/rootfs"
tar -C "$work/image" -xf "$image"
manifest=$work/image/manifest.json
config=$work/image/$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["Config"])' "$manifest")
for layer in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$manifest"); do
  tar --warning=no-unknown-keyword -C "$work/rootfs" -xf "$work/image/$layer"
done
read -r user workdir < <(python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["config"]; print(c.get("User","0"), c.get("WorkingDir","/"))' "$config")
mapfile -t env < <(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["config"].get("Env",[])))' "$config")
mapfile -t command < <(python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["config"]; print("\n".join((c.get("Entrypoint") or [])+(c.get("Cmd") or [])))' "$config")
echo "user $user, working directory $workdir"
echo "entry point: ${command[*]}"
mkdir -p "$work/rootfs/proc" "$work/rootfs/dev" "$work/rootfs/tmp" "$work/rootfs$workdir"
chmod 1777 "$work/rootfs/tmp"
mount -t proc proc "$work/rootfs/proc"
mount --bind /dev "$work/rootfs/dev"
mounts=("$work/rootfs/proc" "$work/rootfs/dev")
if [ -n "${VOLUME:-}" ]; then
  mkdir -p "$VOLUME" "$work/rootfs/data"
  mount --bind "$VOLUME" "$work/rootfs/data"
  mounts+=("$work/rootfs/data")
fi
trap 'umount "${mounts[@]}" || true' EXIT
cp /etc/resolv.conf "$work/rootfs/etc/resolv.conf" 2>/dev/null || true
chroot --userspec="$user" "$work/rootfs" /usr/bin/env -i "${env[@]}" "$@" sh -c 'cd "$0" && exec "$@"' "$workdir" "${command[@]}"
