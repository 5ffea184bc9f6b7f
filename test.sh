#!/usr/bin/env bash
# Every test: ./mvnw verify (unit, integration, end-to-end and browser tests) and the deployment
# checks (promtool, docker-compose config, Kubernetes manifests). On Debian/Ubuntu it installs what
# the browser tests and the deployment checks need when missing (chromium, promtool,
# docker-compose), as root or with sudo. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"
sudo=
[ "$(id -u)" = 0 ] || sudo=sudo
updated=
apt_install() {
	[ -n "$updated" ] || { $sudo apt-get update -qq; updated=1; }
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}
command -v chromium >/dev/null || apt_install chromium
command -v promtool >/dev/null || apt_install --no-install-recommends prometheus
command -v docker-compose >/dev/null || apt_install docker-compose
# Playwright drives Debian's chromium; it must not try to download its own browsers.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
./mvnw -B -ntp verify "$@"
if [ -x .ci/deploy-checks ]; then
	.ci/deploy-checks
fi
