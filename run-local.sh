#!/usr/bin/env bash
# Runs Dealstream locally: builds the services, then starts PostgreSQL, Kafka, Debezium and every
# service, with no Docker. Ctrl-C stops everything. Data stays under .dealstream/ (delete it to reset).
#   ./run-local.sh --demo                          also loads a living pipeline through the public APIs
#   ./run-local.sh -Ddealstream.kafka.port=19092   system properties go to the launcher
set -euo pipefail
cd "$(dirname "$0")"
props=()
args=()
for arg in "$@"; do
  case "$arg" in
    -D*) props+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done
./mvnw -B -q install -DskipTests
exec ./mvnw -B -q -pl local-stack exec:java \
  -Dexec.mainClass=io.dealstream.localstack.Launcher \
  -Ddealstream.root="$PWD" -Dexec.args="${args[*]:-}" ${props[@]+"${props[@]}"}
