#!/usr/bin/env bash
# Runs every test: checks the JDK and the local servers, then ./mvnw -B verify at the root (all modules,
# system-tests last). The exit code is Maven's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$PARLEY_ROOT"
require_jdk
ensure_servers

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
