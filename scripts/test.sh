#!/usr/bin/env bash
# Runs every test: checks the JDK, Node.js, Chromium and the local servers; then the web clients' lint,
# format check, unit tests and build (npm workspaces), then ./mvnw -B verify at the root (all modules,
# system-tests last, whose browser tests use the web builds). The exit code is the first failure's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$PARLEY_ROOT"
require_jdk
ensure_servers
require_node
ensure_chromium
install_web

for step in lint format:check test build; do
    say "running npm run $step"
    npm run --silent "$step" || die "npm run $step failed (see above)"
done

say "running ./mvnw -B verify${*:+ $*}"
set +e
./mvnw -B verify "$@"
status=$?
set -e

echo
say "test reports: <module>/target/surefire-reports/ for every module; the system tests' fleet logs are"
say "              in system-tests/target/fleet-logs/"
if ((status == 0)); then
    say "all tests passed"
else
    say "the build failed (exit code $status); the first failure is above"
fi
exit "$status"
