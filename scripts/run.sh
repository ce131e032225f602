#!/usr/bin/env bash
# Runs Parley locally: checks the JDK and the local servers, builds, starts every service in the background
# (logs in .run/logs, pids in .run/pids), waits until each is ready and prints where to go.
# A second run stops the first one. Stop with scripts/stop.sh.
#
# Environment: PARLEY_SKIP_BUILD=1 uses the jars already built; PARLEY_JVM_OPTS replaces the JVM flags;
# PARLEY_START_TIMEOUT (seconds, default 300) bounds the wait; PARLEY_LOG_FORMAT=ecs writes JSON logs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

JVM_OPTS="${PARLEY_JVM_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError}"
START_TIMEOUT="${PARLEY_START_TIMEOUT:-300}"
LOGS="$PARLEY_RUN_DIR/logs"
PIDS="$PARLEY_RUN_DIR/pids"

# name | module | port | extra environment (space-separated NAME=value)
FLEET=(
    "auth|auth-service|8081|"
    "user|user-service|8082|"
    "queue|queue-service|8084|"
    "chat-1|chat-service|8083|PARLEY_INSTANCE_ID=chat-1"
    "chat-2|chat-service|8093|PARLEY_INSTANCE_ID=chat-2"
    "file|file-service|8085|PARLEY_MONGO_URI=mongodb://localhost:27017/parley_files PARLEY_FILES_DIR=$PARLEY_RUN_DIR/data/files"
    "notification|notification-service|8086|"
    "analytics|analytics-service|8087|PARLEY_SEARCH_DATA=$PARLEY_RUN_DIR/data/opensearch"
    "gateway|gateway-service|8080|PARLEY_WIDGET_DIR=$PARLEY_ROOT/web-react/dist PARLEY_DASHBOARD_DIR=$PARLEY_ROOT/admin-dashboard/dist"
)
MONGO_PORT=27017

# The jar a process runs: a copy in .run/jars, so that rebuilding a module while the fleet runs (mvn package
# rewrites target/*.jar) cannot pull classes out from under a running JVM.
jar_of() {
    local module="$1" jar
    for jar in "$PARLEY_ROOT/$module/target/$module"-*.jar; do
        if [[ -f "$jar" ]]; then
            local copy="$PARLEY_RUN_DIR/jars/$module.jar"
            mkdir -p "$PARLEY_RUN_DIR/jars"
            # a new file renamed into place: a JVM still running the old copy keeps reading its own inode
            cmp -s "$jar" "$copy" || { cp "$jar" "$copy.tmp" && mv -f "$copy.tmp" "$copy"; }
            printf '%s' "$copy"
            return 0
        fi
    done
    die "no jar in $module/target: build first (scripts/run.sh without PARLEY_SKIP_BUILD)"
}

# start NAME JAR JVM_OPTS [NAME=value ...]: runs java -jar in the background, records its pid.
start() {
    local name="$1" jar="$2" opts="$3"
    shift 3
    # shellcheck disable=SC2086 # JVM options are words on purpose
    nohup env "$@" "$JAVA_HOME/bin/java" $opts -jar "$jar" >"$LOGS/$name.log" 2>&1 </dev/null &
    echo $! >"$PIDS/$name.pid"
}

fail_start() {
    local name="$1" reason="$2"
    printf '\nerror: %s %s. Last lines of .run/logs/%s.log:\n' "$name" "$reason" "$name" >&2
    tail -n 40 "$LOGS/$name.log" >&2 || true
    say "stopping the processes this run started"
    stop_fleet
    exit 1
}

ensure_database() {
    if [[ "$(psql -h localhost -U postgres -d postgres -Atc "select 1 from pg_database where datname = 'parley'")" != "1" ]]; then
        say "creating PostgreSQL database parley"
        psql -h localhost -U postgres -d postgres -qc "create database parley" >/dev/null
    fi
}

ready() {
    curl -fsS --max-time 2 "http://localhost:$1/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'
}

# Prints the first gateway path among the arguments that answers 200 (after redirects) without a token.
first_answering() {
    local path
    for path in "$@"; do
        if curl -fsSL --max-time 3 -o /dev/null "http://localhost:8080$path" 2>/dev/null; then
            printf '%s' "$path"
            return 0
        fi
    done
    return 1
}

cd "$PARLEY_ROOT"
require_jdk
ensure_servers
ensure_database

if [[ -d "$PIDS" && -n "$(ls -A "$PIDS" 2>/dev/null)" ]]; then
    say "stopping the previous run"
    stop_fleet
fi
upgrade_broker_queues

for entry in "${FLEET[@]}" "dev-mongo|dev-mongo|$MONGO_PORT|" "demo|web-react|${PARLEY_DEMO_PORT:-5175}|"; do
    IFS='|' read -r name module port _ <<<"$entry"
    if port_open "$port"; then
        die "port $port (for $name) is already in use by another program; stop it and run again"
    fi
done

require_node
if [[ "${PARLEY_SKIP_BUILD:-}" == "1" ]]; then
    say "PARLEY_SKIP_BUILD=1: using the jars and web builds already there"
else
    say "building (./mvnw -B -q -DskipTests package)"
    ./mvnw -B -q -DskipTests package || die "the build failed (see above)"
    install_web
    say "building the web apps (npm run build)"
    npm run --silent build >/dev/null || die "the web build failed (run npm run build to see why)"
fi

mkdir -p "$LOGS" "$PIDS" "$PARLEY_RUN_DIR/data"
trap 'printf "\ninterrupted\n" >&2; stop_fleet; exit 130' INT TERM

say "starting dev-mongo (MongoDB wire protocol on :$MONGO_PORT, data in .run/data/mongo.mv)"
start dev-mongo "$(jar_of dev-mongo)" "-Xms32m -Xmx256m -XX:+UseSerialGC" \
    "PARLEY_MONGO_PORT=$MONGO_PORT" "PARLEY_MONGO_FILE=$PARLEY_RUN_DIR/data/mongo.mv"
if ! wait_for 30 port_open "$MONGO_PORT"; then
    fail_start dev-mongo "did not listen on :$MONGO_PORT within 30 s"
fi

DEMO_PORT="${PARLEY_DEMO_PORT:-5175}"
say "starting the demo shop page on :$DEMO_PORT (a host page on another origin, with the widget snippet)"
nohup env "PARLEY_DEMO_PORT=$DEMO_PORT" node "$PARLEY_ROOT/web-react/demo/serve.mjs" >"$LOGS/demo.log" 2>&1 </dev/null &
echo $! >"$PIDS/demo.pid"

COMMON_ENV=(
    "PARLEY_DEMO_SEED=true"
    "PARLEY_LOG_FORMAT=${PARLEY_LOG_FORMAT-}"
    "PARLEY_MONGO_URI=mongodb://localhost:$MONGO_PORT/parley_chat"
)
for entry in "${FLEET[@]}"; do
    IFS='|' read -r name module port extra <<<"$entry"
    read -r -a extra_env <<<"$extra"
    say "starting $name on :$port"
    opts="$JVM_OPTS"
    if [[ "$module" == analytics-service ]]; then
        # the embedded OpenSearch node lives in this JVM
        opts="${PARLEY_ANALYTICS_JVM_OPTS:--Xms128m -Xmx768m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}"
    fi
    start "$name" "$(jar_of "$module")" "$opts" "SERVER_PORT=$port" "${COMMON_ENV[@]}" "${extra_env[@]+"${extra_env[@]}"}"
done

say "waiting until every service is ready (up to $START_TIMEOUT s; logs in .run/logs)"
started=$SECONDS
pending=("${FLEET[@]}")
while ((${#pending[@]} > 0)); do
    still=()
    for entry in "${pending[@]}"; do
        IFS='|' read -r name module port _ <<<"$entry"
        if ! is_our_process "$(cat "$PIDS/$name.pid")"; then
            fail_start "$name" "exited during start-up"
        elif ready "$port"; then
            say "$name ready on :$port ($((SECONDS - started)) s)"
        else
            still+=("$entry")
        fi
    done
    pending=("${still[@]+"${still[@]}"}")
    if ((${#pending[@]} > 0)); then
        if ((SECONDS - started > START_TIMEOUT)); then
            IFS='|' read -r name _ <<<"${pending[0]}"
            fail_start "$name" "was not ready within $START_TIMEOUT s"
        fi
        sleep 2
    fi
done
trap - INT TERM

docs="$(first_answering /swagger-ui.html /webjars/swagger-ui/index.html /v3/api-docs || true)"
cat <<TEXT

Parley is running.
  Gateway (REST):    http://localhost:8080/api/v1/...
  WebSocket (STOMP): ws://localhost:8080/ws   (CONNECT frame with Authorization: Bearer <access token>)
TEXT
if [[ -n "$docs" ]]; then
    printf '  API docs:          http://localhost:8080%s\n' "$docs"
fi
cat <<'TEXT'
  Services:          auth :8081, user :8082, chat :8083 and :8093, queue :8084, file :8085,
                     notification :8086, analytics :8087 (each: /actuator/health, /v3/api-docs)
  MongoDB stand-in:  mongodb://localhost:27017 (dev-mongo; data in .run/data/mongo.mv)
  Logs:              .run/logs/<service>.log

Demo logins (POST /api/v1/auth/login):
  admin@parley.local / parley-admin   (ADMIN, SUPERVISOR)
  alice@parley.local / parley-demo    (AGENT, sales)      bob@parley.local   / parley-demo (AGENT, sales)
  carol@parley.local / parley-demo    (AGENT, support)    dave@parley.local  / parley-demo (AGENT, support)
  Customers: POST /api/v1/auth/guest for a guest token.

TEXT
cat <<TEXT
Web apps:
  Agent and admin dashboard: http://localhost:8080/dashboard/   (sign in as an agent or the admin above)
  Customer widget (PWA):     http://localhost:8080/widget/
  Demo shop with the widget: http://localhost:$DEMO_PORT/   (another origin; the snippet:
                             <script src="http://localhost:8080/widget/loader.js" data-department="support" async></script>)

Stop with scripts/stop.sh
TEXT
