#!/usr/bin/env bash
# Stops what scripts/run.sh started (SIGTERM, up to 30 s for a graceful shutdown, then SIGKILL).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ ! -d "$PARLEY_RUN_DIR/pids" ]] || [[ -z "$(ls -A "$PARLEY_RUN_DIR/pids" 2>/dev/null)" ]]; then
    say "nothing to stop (no processes recorded in .run/pids)"
    exit 0
fi
say "stopping Parley"
stop_fleet
say "stopped; logs stay in $PARLEY_RUN_DIR/logs"
