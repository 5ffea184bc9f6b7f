#!/usr/bin/env sh
# Loads the images built by `./mvnw -Pimages -DskipTests package` (Jib tarballs) into the local
# Docker engine, for docker compose. With an engine at hand, `./mvnw -Pimages -DskipTests package
# jib:dockerBuild` does both at once; `jib:build -Doubli.image.prefix=registry.example.org/oubli/`
# pushes to a registry instead.
set -e
cd "$(dirname "$0")/images"
found=0
for tar in */target/jib-image.tar; do
  [ -f "$tar" ] || continue
  echo "loading $tar"
  docker load -i "$tar"
  found=$((found + 1))
done
if [ "$found" -eq 0 ]; then
  echo "no image tarball under deploy/images/*/target: run ./mvnw -Pimages -DskipTests package first" >&2
  exit 1
fi
