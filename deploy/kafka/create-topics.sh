#!/bin/bash
# Creates Oubli's Kafka topics (idempotent): run once by the kafka-topics service of
# docker-compose.yml with the apache/kafka image's tools, or by hand against any cluster:
#   KAFKA_BOOTSTRAP=broker:9092 OUBLI_TOPIC_REPLICAS=3 deploy/kafka/create-topics.sh
# The names mirror org.oubli.contracts.Topics (.ci/deploy-checks fails if they drift apart).
# The services also declare the event topics and their DLTs at start (oubli.kafka.create-topics);
# only this script gives the registry its compaction and the DLTs their longer retention.
set -euo pipefail

BOOTSTRAP="${KAFKA_BOOTSTRAP:-kafka:9092}"
PARTITIONS="${OUBLI_TOPIC_PARTITIONS:-3}"   # the most instances of one consumer group that share the work
REPLICAS="${OUBLI_TOPIC_REPLICAS:-1}"       # 1 for the single-node compose broker, 3 on a real cluster
DLT_RETENTION_MS="${OUBLI_DLT_RETENTION_MS:-2592000000}"  # 30 days: a person must get to a dead letter
TOOLS="${KAFKA_TOOLS:-/opt/kafka/bin}"

EVENT_TOPICS=(
  oubli.request.events
  oubli.verification.events
  oubli.erasure.events
  oubli.erasure.requests
  oubli.erasure.receipts
  oubli.export.events
  oubli.notification.events
)
REGISTRY_TOPIC=oubli.registry.systems

create() {
  local topic="$1" partitions="$2"
  shift 2
  "$TOOLS/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$topic" --partitions "$partitions" --replication-factor "$REPLICAS" "$@"
}

for topic in "${EVENT_TOPICS[@]}"; do
  create "$topic" "$PARTITIONS"
  create "$topic.DLT" 1 --config "retention.ms=$DLT_RETENTION_MS"
done
# key = system id, value = SystemDescriptor JSON, tombstone = removed: keep the last value per key
create "$REGISTRY_TOPIC" 1 --config cleanup.policy=compact --config min.cleanable.dirty.ratio=0.1

"$TOOLS/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --describe --topic "$REGISTRY_TOPIC"
echo "Oubli topics ready: ${#EVENT_TOPICS[@]} event topics (+ DLTs) and $REGISTRY_TOPIC"
