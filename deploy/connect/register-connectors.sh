#!/bin/sh
# Registers every service's Debezium connector with Kafka Connect, from the same connector JSON the local
# stack runs (local-stack/src/main/resources/connectors). Idempotent: an existing connector is kept (409).
set -eu
CONNECT_URL="${CONNECT_URL:-http://connect:8083}"
until curl -fs "$CONNECT_URL/connectors" > /dev/null; do
  echo "waiting for Kafka Connect at $CONNECT_URL"; sleep 2
done
for file in /connectors/*.json; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    --data "@$file" "$CONNECT_URL/connectors")
  case "$status" in
    201|409) echo "connector from $file: $status" ;;
    *) echo "registering $file failed with HTTP $status" >&2; exit 1 ;;
  esac
done
