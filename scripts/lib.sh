#!/usr/bin/env bash
# Shared by run.sh, stop.sh and test.sh (source it; it does nothing on its own):
#   require_jdk     - finds a JDK 21 or newer and exports JAVA_HOME and PATH
#   ensure_servers  - makes sure PostgreSQL, Redis and RabbitMQ answer on localhost (starts or installs them)
#   require_node    - checks for Node.js 20.19+ and npm (installs Debian's nodejs/npm where missing)
#   install_web     - npm ci at the root when the lock changed since the last install
#   ensure_chromium - makes sure /usr/bin/chromium exists for the browser tests (Debian package)
#   stop_fleet      - stops the processes scripts/run.sh started
# Works from any current directory: PARLEY_ROOT is the repository root.

PARLEY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PARLEY_RUN_DIR="$PARLEY_ROOT/.run"
export PARLEY_ROOT PARLEY_RUN_DIR

say() { printf '==> %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# --- JDK ------------------------------------------------------------------------------------------------

# Prints the major version of the java binary $1 (8 for 1.8), or nothing if it does not run.
java_major() {
    local version
    version="$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')" || true
    version="${version#1.}"
    printf '%s' "${version%%.*}"
}

# Succeeds if directory $1 is a JDK (java and javac) of version 21 or newer.
is_jdk21() {
    local home="$1" major
    [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 1
    major="$(java_major "$home/bin/java")"
    [[ "$major" =~ ^[0-9]+$ ]] && ((major >= 21))
}

require_jdk() {
    local candidate best="" best_major=0 major
    if [[ -n "${JAVA_HOME:-}" ]] && is_jdk21 "$JAVA_HOME"; then
        best="$JAVA_HOME"
    elif command -v java >/dev/null 2>&1; then
        candidate="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
        if is_jdk21 "$candidate"; then
            best="$candidate"
        fi
    fi
    if [[ -z "$best" ]]; then
        for candidate in /usr/lib/jvm/*; do
            [[ -d "$candidate" ]] || continue
            is_jdk21 "$candidate" || continue
            major="$(java_major "$candidate/bin/java")"
            if ((major > best_major)); then
                best="$candidate"
                best_major="$major"
            fi
        done
    fi
    [[ -n "$best" ]] || die "Parley needs a JDK 21 or newer; install e.g. openjdk-21-jdk or Temurin 25"
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
    major="$(java_major "$JAVA_HOME/bin/java")"
    # Maven 3.9 on JDK 24+ warns about sun.misc.Unsafe on every build; allow it quietly (JDK 23+ flag).
    if ((major >= 24)) && [[ "${MAVEN_OPTS:-}" != *sun-misc-unsafe-memory-access* ]]; then
        export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
    fi
    say "JDK $major at $JAVA_HOME"
}

# --- PostgreSQL, Redis, RabbitMQ -----------------------------------------------------------------------

# Succeeds if something accepts TCP connections on localhost:$1.
port_open() {
    timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Runs "$@" every second until it succeeds or $1 seconds passed (then fails).
wait_for() {
    local seconds="$1" i
    shift
    for ((i = 0; i < seconds; i++)); do
        if "$@" >/dev/null 2>&1; then
            return 0
        fi
        sleep 1
    done
    return 1
}

as_root() {
    if [[ "$(id -u)" == 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run: $* (run this script as root or install sudo)"
    fi
}

APT_UPDATED=""
apt_install() {
    command -v apt-get >/dev/null 2>&1 || die "$* not installed and no apt-get here: install $* yourself"
    say "installing $* (apt-get)"
    if [[ -z "$APT_UPDATED" ]]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || die "apt-get update failed"
        APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || die "apt-get install $* failed"
}

newest_pg_version() {
    ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1
}

postgres_ready() {
    pg_isready -q -h localhost -p 5432
}

ensure_postgres() {
    if port_open 5432 && postgres_ready; then
        return 0
    fi
    local installed_now=""
    if ! command -v pg_ctlcluster >/dev/null 2>&1 || [[ -z "$(newest_pg_version)" ]]; then
        apt_install postgresql
        installed_now=1
    fi
    local version
    version="$(newest_pg_version)"
    [[ -n "$version" ]] || die "PostgreSQL is installed but has no cluster in /etc/postgresql"
    if [[ -n "$installed_now" ]]; then
        # A fresh Debian cluster asks for passwords over TCP; Parley's local defaults use user postgres
        # without a password (as on this machine kind), so trust local TCP connections on this dev machine.
        say "allowing local TCP connections without password in PostgreSQL $version (dev machine)"
        as_root sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' \
            "/etc/postgresql/$version/main/pg_hba.conf"
        as_root pg_ctlcluster --skip-systemctl-redirect "$version" main stop >/dev/null 2>&1 || true
    fi
    if ! port_open 5432; then
        say "starting PostgreSQL $version"
        as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start ||
            die "could not start PostgreSQL (pg_ctlcluster $version main start); see /var/log/postgresql"
    fi
    wait_for 60 postgres_ready || die "PostgreSQL did not answer on localhost:5432 within 60 s"
}

redis_ready() {
    [[ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" == "PONG" ]]
}

ensure_redis() {
    if port_open 6379 && redis_ready; then
        return 0
    fi
    if ! command -v redis-server >/dev/null 2>&1; then
        apt_install redis-server
    fi
    if ! port_open 6379; then
        say "starting Redis"
        as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no >/dev/null ||
            die "could not start Redis (redis-server --daemonize yes ...)"
    fi
    wait_for 30 redis_ready || die "Redis did not answer PONG on localhost:6379 within 30 s"
}

ensure_rabbitmq() {
    if port_open 5672; then
        return 0
    fi
    if ! command -v rabbitmq-server >/dev/null 2>&1; then
        apt_install rabbitmq-server
    fi
    if ! port_open 5672; then
        say "starting RabbitMQ (takes a few seconds)"
        as_root rabbitmq-server -detached >/dev/null 2>&1 || die "could not start RabbitMQ (rabbitmq-server -detached)"
    fi
    wait_for 90 port_open 5672 || die "RabbitMQ did not listen on localhost:5672 within 90 s; see /var/log/rabbitmq"
    if command -v rabbitmq-diagnostics >/dev/null 2>&1; then
        wait_for 30 rabbitmq-diagnostics -q ping || warn "rabbitmq-diagnostics ping failed, but port 5672 is open"
    fi
}

# chat-service's queue became a single-active-consumer queue (events in publish order across instances).
# RabbitMQ cannot change a queue's arguments, so a queue declared by an older version is deleted (with the
# fleet stopped) and chat-service declares it afresh; events still in it are for a stopped fleet.
upgrade_broker_queues() {
    command -v rabbitmqctl >/dev/null 2>&1 || return 0
    local queue=chat-service.events
    local line
    line="$(as_root rabbitmqctl -q list_queues name arguments 2>/dev/null | awk -v q="$queue" '$1 == q')" || return 0
    if [[ -n "$line" && "$line" != *x-single-active-consumer* ]]; then
        say "recreating RabbitMQ queue $queue as a single-active-consumer queue"
        as_root rabbitmqctl -q delete_queue "$queue" >/dev/null 2>&1 || warn "could not delete queue $queue"
    fi
}

ensure_servers() {
    ensure_postgres
    ensure_redis
    ensure_rabbitmq
    say "PostgreSQL :5432, Redis :6379 and RabbitMQ :5672 answer on localhost"
}

# --- Node.js, the web apps and Chromium ---------------------------------------------------------------

require_node() {
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        say "installing Node.js and npm (Debian packages)"
        apt_install nodejs npm
    fi
    local version major minor
    version="$(node -v)"
    version="${version#v}"
    major="${version%%.*}"
    minor="${version#*.}"
    minor="${minor%%.*}"
    if ((major < 20 || (major == 20 && minor < 19))); then
        die "the web apps need Node.js 20.19 or newer (found $version)"
    fi
}

# npm ci at the root (all workspaces, one lock) unless node_modules is newer than the lock.
install_web() {
    local stamp="$PARLEY_ROOT/node_modules/.parley-installed"
    if [[ -f "$stamp" && "$stamp" -nt "$PARLEY_ROOT/package-lock.json" ]]; then
        return 0
    fi
    say "installing the web apps' packages (npm ci)"
    (cd "$PARLEY_ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed (see above)"
    touch "$stamp"
}

ensure_chromium() {
    if [[ -x "${PARLEY_CHROMIUM:-/usr/bin/chromium}" ]]; then
        return 0
    fi
    say "installing Chromium for the browser tests (Debian package chromium)"
    apt_install chromium
}

# --- the local fleet ----------------------------------------------------------------------------------

# Succeeds if pid $1 is alive and is a process started by run.sh from this repository.
is_our_process() {
    local pid="$1"
    if ! [[ "$pid" =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null; then
        return 1
    fi
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$PARLEY_ROOT/"
}

# Sends SIGTERM to the pids in the given pid files, waits up to 30 s, then SIGKILL; removes the files.
stop_pid_files() {
    local file pid entry alive=() i
    for file in "$@"; do
        [[ -f "$file" ]] || continue
        pid="$(cat "$file")"
        if is_our_process "$pid"; then
            kill -TERM "$pid" 2>/dev/null || true
            alive+=("$pid:$(basename "$file" .pid)")
        fi
        rm -f "$file"
    done
    for ((i = 0; i < 30 && ${#alive[@]} > 0; i++)); do
        local still=()
        for entry in "${alive[@]}"; do
            if kill -0 "${entry%%:*}" 2>/dev/null; then
                still+=("$entry")
            fi
        done
        alive=("${still[@]+"${still[@]}"}")
        if ((${#alive[@]} > 0)); then
            sleep 1
        fi
    done
    for entry in "${alive[@]+"${alive[@]}"}"; do
        warn "${entry#*:} (pid ${entry%%:*}) did not stop within 30 s, killing it"
        kill -KILL "${entry%%:*}" 2>/dev/null || true
    done
}

# Stops the fleet: the services first, dev-mongo last (so that chat-service can finish its writes).
stop_fleet() {
    local pids="$PARLEY_RUN_DIR/pids"
    [[ -d "$pids" ]] || return 0
    local file services=()
    for file in "$pids"/*.pid; do
        if [[ -e "$file" && "$(basename "$file")" != "dev-mongo.pid" ]]; then
            services+=("$file")
        fi
    done
    stop_pid_files "${services[@]+"${services[@]}"}"
    stop_pid_files "$pids/dev-mongo.pid"
}
