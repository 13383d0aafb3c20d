#!/usr/bin/env bash
# Runs Dealstream locally: builds the services, then starts PostgreSQL, Kafka, Debezium and every
# service, with no Docker. Ctrl-C stops everything. Data stays under .dealstream/ (delete it to reset).
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q install -DskipTests
exec ./mvnw -B -q -pl local-stack exec:java \
  -Dexec.mainClass=io.dealstream.localstack.Launcher \
  -Ddealstream.root="$PWD" "$@"
