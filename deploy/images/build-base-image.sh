#!/usr/bin/env bash
# Builds the services' base image - Debian 12 with the OpenJDK 17 JRE, user 185 - as a Docker-format
# tarball from Debian packages (debootstrap), for machines that cannot pull a base image from a registry.
# Needs root and debootstrap (apt-get install debootstrap). Usage: build-base-image.sh [out.tar]
set -euo pipefail
out=$(realpath -m "${1:-images/target/images/base-jre17.tar}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$work/rootfs" "$mirror"
# smaller: no docs, manuals, locales, package lists or caches
rm -rf "$work"/rootfs/usr/share/{doc,man,info}/* "$work"/rootfs/var/lib/apt/lists/* "$work"/rootfs/var/cache/apt/* \
       "$work"/rootfs/var/log/* "$work"/rootfs/tmp/*
# the unprivileged user the services run as (uid 185, group root for OpenShift-style arbitrary uids)
echo 'jboss:x:185:0:Dealstream service:/deployments:/usr/sbin/nologin' >> "$work/rootfs/etc/passwd"
mkdir -p "$work/rootfs/deployments" && chown 185:0 "$work/rootfs/deployments" && chmod 775 "$work/rootfs/deployments"

tar --numeric-owner --sort=name -C "$work/rootfs" -cf "$work/layer.tar" .
diff_id=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","LANG=C.UTF-8","JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64"],
           "User":"185","WorkingDir":"/deployments"},
 "rootfs":{"type":"layers","diff_ids":["sha256:${diff_id}"]},
 "history":[{"created_by":"deploy/images/build-base-image.sh: debootstrap bookworm minbase + openjdk-17-jre-headless"}]}
JSON
cat > "$work/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["localhost/dealstream/base-jre17:bookworm"],"Layers":["layer.tar"]}]
JSON
mkdir -p "$(dirname "$out")"
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "base image: $out ($(du -h "$out" | cut -f1))"
