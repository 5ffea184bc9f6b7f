#!/usr/bin/env sh
# Builds Oubli and starts the whole system on embedded infrastructure (Kafka, MongoDB wire server,
# GreenMail), the demo systems and the five services, then prints a table of URLs.
# Data is kept under ./data (delete it to start afresh). Ctrl+C stops everything.
set -e
cd "$(dirname "$0")"
./mvnw -q -B -ntp -DskipTests -pl dev-stack -am package
exec java -Xmx1536m -Doubli.data="${OUBLI_DATA:-data}" -jar dev-stack/target/dev-stack-0.1.0-SNAPSHOT-exec.jar "$@"
