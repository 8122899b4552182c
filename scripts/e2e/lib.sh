# shellcheck shell=bash
# Shared helpers for scripts/e2e.sh and scripts/start.sh: install what a real VS Code
# (code-server 4.100.3 = VS Code 1.100.3) needs on Debian 12 + Node 20, offline except for
# the npm registry and Debian's archive. Everything it creates lives under $E2E_WORK (.e2e/).
# Background: /work/shared/docs/real-editors.md §1.

ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
E2E_WORK=${E2E_WORK:-$ROOT/.e2e}
CS_VERSION=4.100.3        # newest code-server whose engines.node is 20 (4.103+ need 22, 4.133+ need 24)
RG_PKG_VERSION=1.15.11    # @vscode/ripgrep pinned by code-server 4.100.3 (lib/vscode/npm-shrinkwrap.json)
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz   # what its postinstall would download from GitHub
CS_DIR="$E2E_WORK/cs"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
APT_PACKAGES=(build-essential python3 pkg-config libkrb5-dev ripgrep chromium fonts-dejavu-core fonts-wqy-microhei curl)

_T0=${_T0:-$(date +%s)}
log() { printf '== [%4ss] %s\n' "$(( $(date +%s) - _T0 ))" "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# apt packages, only the missing ones (a fresh CI machine has none of them).
ensure_apt_packages() {
  local missing=() p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && { log "apt packages present"; return 0; }
  log "apt-get install ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  $sudo apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
}

# code-server into .e2e/cs with the three fixes from real-editors.md §1a:
#  1. libkrb5-dev (kerberos builds from source: no prebuilt download offline)  -> ensure_apt_packages
#  2. npm_config_yes=true (node-pty's postinstall runs `npx node-gyp`; the user npmrc may say yes=false)
#  3. @vscode/ripgrep's download cache seeded from Debian's rg (its postinstall would fetch from GitHub)
ensure_code_server() {
  if [ -x "$CS_BIN" ] && "$CS_BIN" --version 2>/dev/null | grep -q "^$CS_VERSION "; then
    log "code-server $CS_VERSION present in $CS_DIR"; return 0
  fi
  command -v rg >/dev/null || die "ripgrep (rg) is missing"
  log "npm install code-server@$CS_VERSION into $CS_DIR (builds native modules, ~75 s)"
  local t0; t0=$(date +%s)
  rm -rf "$CS_DIR"
  mkdir -p "$E2E_WORK/tmp/vscode-ripgrep-cache-$RG_PKG_VERSION" "$CS_DIR"
  tar czf "$E2E_WORK/tmp/vscode-ripgrep-cache-$RG_PKG_VERSION/$RG_ASSET" -C "$(dirname "$(command -v rg)")" rg
  echo '{"private":true}' > "$CS_DIR/package.json"
  ( cd "$CS_DIR" && TMPDIR="$E2E_WORK/tmp" npm_config_yes=true npm_config_unsafe_perm=true \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" </dev/null >"$E2E_WORK/cs-install.log" 2>&1 ) \
    || { tail -40 "$E2E_WORK/cs-install.log" >&2; die "code-server install failed (full log: $E2E_WORK/cs-install.log)"; }
  "$CS_BIN" --version >/dev/null || die "code-server installed but does not run"
  log "code-server installed in $(( $(date +%s) - t0 )) s: $("$CS_BIN" --version | head -1)"
}

ensure_node_modules() {
  if ! ( cd "$ROOT" && node -e "require.resolve('playwright-core'); require.resolve('mocha'); require.resolve('@vscode/vsce/package.json')" ) 2>/dev/null; then
    log "npm ci (repo devDependencies: playwright-core, mocha, vsce)"
    ( cd "$ROOT" && npm ci --no-audit --no-fund </dev/null ) || die "npm ci failed"
  fi
}

# Keep code-server's and Chromium's state out of $HOME (they write config, logs, crash dumps).
contain_state() {
  export XDG_CONFIG_HOME="$E2E_WORK/xdg/config" XDG_DATA_HOME="$E2E_WORK/xdg/data" \
         XDG_CACHE_HOME="$E2E_WORK/xdg/cache" TMPDIR="$E2E_WORK/tmp"
  mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$TMPDIR"
}

# Fresh user-data dir with quiet settings. $1 = user-data dir
write_user_settings() {
  mkdir -p "$1/User"
  cat > "$1/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "workbench.colorTheme": "Default Light Modern",
  "window.commandCenter": false,
  "chat.commandCenter.enabled": false,
  "editor.minimap.enabled": false,
  "editor.hover.delay": 300,
  "editor.fontSize": 13
}
JSON
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});"
}

# start_code_server <port> <user-data-dir> <extensions-dir> <log-file> [code-server args...]; sets CS_PID (its own process group).
start_code_server() {
  local port=$1 ud=$2 ext=$3 logf=$4
  shift 4
  setsid "$CS_BIN" --user-data-dir "$ud" --extensions-dir "$ext" --bind-addr "127.0.0.1:$port" --auth none \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override "$@" \
    </dev/null >"$logf" 2>&1 &
  CS_PID=$!
  local i
  for i in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" && { log "code-server up on http://127.0.0.1:$port (pid $CS_PID)"; return 0; }
    kill -0 "$CS_PID" 2>/dev/null || { tail -20 "$logf" >&2; die "code-server exited during start-up"; }
    sleep 0.5
  done
  tail -20 "$logf" >&2; die "code-server did not answer /healthz within 60 s"
}

# Stop a process group we started (by its leader's pid), politely then firmly.
stop_group() {
  local pid=$1 i
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Chromium processes recorded by the playwright drivers (one pid per line in $E2E_WORK/run/*.browser.pid).
stop_recorded_browsers() {
  local f pid
  for f in "$E2E_WORK"/run/*.browser.pid; do
    [ -f "$f" ] || continue
    while read -r pid; do [ -n "$pid" ] && stop_group "$pid"; done < "$f"
    rm -f "$f"
  done
}
