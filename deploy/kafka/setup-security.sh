#!/usr/bin/env bash
# Runs once in the broker's network namespace (compose service kafka-setup), over the listener bound to the
# broker's own 127.0.0.1 (no one else can reach it): creates the topics, one SCRAM user per service and the
# ACLs that let each service write only its own topics and read only what it consumes.
set -euo pipefail
bin=/opt/kafka/bin
broker=127.0.0.1:9094
partitions="${MAILLAGE_KAFKA_PARTITIONS:-6}"

until "$bin/kafka-broker-api-versions.sh" --bootstrap-server "$broker" > /dev/null 2>&1; do sleep 2; done

for topic in directory.organizations directory.accounts directory.people directory.applications contracts.opportunities contracts.contracts contracts.contacts; do
  for name in "$topic" "$topic.dlt"; do
    "$bin/kafka-topics.sh" --bootstrap-server "$broker" --create --if-not-exists --topic "$name" \
      --partitions "$partitions" --replication-factor 1 --config retention.ms=-1 --config retention.bytes=-1
  done
done

user() { # name password
  "$bin/kafka-configs.sh" --bootstrap-server "$broker" --alter --entity-type users --entity-name "$1" \
    --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]"
}
user directory-service "${KAFKA_DIRECTORY_PASSWORD:?}"
user contracts-service "${KAFKA_CONTRACTS_PASSWORD:?}"
user reporting-service "${KAFKA_REPORTING_PASSWORD:?}"
user notification-service "${KAFKA_NOTIFICATION_PASSWORD:?}"

acl() { "$bin/kafka-acls.sh" --bootstrap-server "$broker" --add --force "$@" > /dev/null; }

# every service: idempotent producer (outbox relay, dead letters)
for svc in directory-service contracts-service reporting-service notification-service; do
  acl --allow-principal "User:$svc" --operation IdempotentWrite --cluster
done

# directory-service: writes its topics, reads nothing
acl --allow-principal User:directory-service --operation Write --operation Describe --operation Create --resource-pattern-type prefixed --topic directory.

# contracts-service: writes contracts.*, reads directory.organizations and directory.people (and dead-letters them)
acl --allow-principal User:contracts-service --operation Write --operation Describe --operation Create --resource-pattern-type prefixed --topic contracts.
for topic in directory.organizations directory.people; do
  acl --allow-principal User:contracts-service --operation Read --operation Describe --topic "$topic"
  acl --allow-principal User:contracts-service --operation Write --operation Describe --topic "$topic.dlt"
done
acl --allow-principal User:contracts-service --operation Read --resource-pattern-type prefixed --group contracts-service

# reporting-service: reads every topic above, writes only their dead letters
acl --allow-principal User:reporting-service --operation Read --operation Describe --topic directory.organizations
acl --allow-principal User:reporting-service --operation Read --operation Describe --resource-pattern-type prefixed --topic contracts.
for topic in directory.organizations contracts.opportunities contracts.contracts contracts.contacts; do
  acl --allow-principal User:reporting-service --operation Write --operation Describe --topic "$topic.dlt"
done
acl --allow-principal User:reporting-service --operation Read --resource-pattern-type prefixed --group reporting-service
# notification-service: reads organizations, accounts and applications (the topics with addresses), opportunities and contracts; writes their dead letters
for topic in directory.organizations directory.accounts directory.applications contracts.opportunities contracts.contracts; do
  acl --allow-principal User:notification-service --operation Read --operation Describe --topic "$topic"
  acl --allow-principal User:notification-service --operation Write --operation Describe --topic "$topic.dlt"
done
acl --allow-principal User:notification-service --operation Read --resource-pattern-type prefixed --group notification-service
echo "kafka security: topics, users and ACLs in place"
