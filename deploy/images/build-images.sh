#!/usr/bin/env bash
# Builds every service's container image as a tarball with Jib - no Docker daemon needed:
# images/target/images/<service>.tar, named localhost/dealstream/<service>:<version> as docker-compose expects
# (DEALSTREAM_IMAGE_REPOSITORY=registry.example.com/dealstream names them for your registry, as k8s expects).
# Load one with `docker load -i images/target/images/lead-service.tar`.
# The base image: DEALSTREAM_BASE_IMAGE (a registry reference, e.g. eclipse-temurin:17-jre, or tar:///path.tar);
# without it, a Debian/OpenJDK 17 base is built from Debian packages first (build-base-image.sh, needs root).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout)
base=${DEALSTREAM_BASE_IMAGE:-}
if [ -z "$base" ]; then
  tarball=images/target/images/base-jre17.tar
  [ -f "$tarball" ] || deploy/images/build-base-image.sh "$tarball"
  base="tar://$(realpath "$tarball")"
fi
./mvnw -B -q install -DskipTests
./mvnw -B -q -pl images exec:java -Dexec.mainClass=io.dealstream.images.ServiceImages \
  -Dexec.args="$base $version $*" -Ddealstream.root="$PWD"
