#!/usr/bin/env bash
# npm start: open the example case (examples/case) in VS Code with this extension loaded.
#
#  * desktop VS Code when the `code` CLI is installed:
#      code --extensionDevelopmentPath=<repo> examples/case examples/case/CBS.log examples/case/setupapi.dev.log
#  * otherwise VS Code in the browser: code-server 4.100.3 (installed into .e2e/cs on first use,
#    ~75 s), the freshly packaged .vsix installed into it, served on 127.0.0.1; prints the URL
#    and keeps running until Ctrl+C.
#  * smoke mode (START_SMOKE=1, set only by the test suite): starts code-server, checks /healthz
#    and that the workbench loads in headless Chromium with CBS.log open (screenshot
#    screenshots/start/start.png), then stops and exits 0 (non-zero on failure).
#
# env: START_PORT (default 8080, or a free port if 8080 is taken), START_EDITOR=code|code-server,
#      START_SMOKE=1, SKIP_APT=1, E2E_WORK (default .e2e)
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=e2e/lib.sh
source "$ROOT/scripts/e2e/lib.sh"
cd "$ROOT"
CASE="$ROOT/examples/case"
VSIX="$ROOT/dist/windows-servicing-logs.vsix"

SMOKE=0
# Without a terminal (a background job, a task runner) it still serves until stopped: only the test
# suite asks for the smoke check.
if [ "${START_SMOKE:-0}" = 1 ]; then SMOKE=1; fi
EDITOR_KIND=${START_EDITOR:-}
if [ -z "$EDITOR_KIND" ]; then
  if [ "$SMOKE" = 0 ] && command -v code >/dev/null 2>&1; then EDITOR_KIND=code; else EDITOR_KIND=code-server; fi
fi

if [ "$EDITOR_KIND" = code ]; then
  log "build (npm run build)"
  npm run --silent build </dev/null || die "npm run build failed"
  log "opening examples/case in VS Code with the development copy of the extension"
  exec code --extensionDevelopmentPath="$ROOT" "$CASE" "$CASE/CBS.log" "$CASE/setupapi.dev.log"
fi

CS_PID="" CHILD=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [ -n "$CHILD" ] && stop_group "$CHILD"
  stop_recorded_browsers
  if [ -n "$CS_PID" ]; then log "stopping code-server"; stop_group "$CS_PID"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo; exit 0' INT        # Ctrl+C is how you leave an interactive session: exit 0
trap 'exit 143' TERM

# Build deps for code-server's native modules; Chromium only for the smoke check.
APT_PACKAGES=(build-essential python3 pkg-config libkrb5-dev ripgrep curl)
[ "$SMOKE" = 1 ] && APT_PACKAGES+=(chromium fonts-dejavu-core)
if [ "${SKIP_APT:-0}" != 1 ]; then
  if [ "$SMOKE" = 1 ] || ! [ -x "$CS_BIN" ]; then ensure_apt_packages; fi
fi
ensure_node_modules
ensure_code_server

log "build + package (npm run package, then npm run build)"
npm run --silent package </dev/null >"$E2E_WORK/start-package.log" 2>&1 \
  || { tail -30 "$E2E_WORK/start-package.log" >&2; die "npm run package failed (log: $E2E_WORK/start-package.log)"; }
npm run --silent build </dev/null >/dev/null || die "npm run build failed"
[ -f "$VSIX" ] || die "npm run package did not produce $VSIX"

contain_state
export E2E_WORK CHROMIUM
mkdir -p "$E2E_WORK/run" "$E2E_WORK/logs"
UD="$E2E_WORK/start/ud" EXT="$E2E_WORK/start/ext"
if [ "$SMOKE" = 1 ]; then rm -rf "$UD"; fi
[ -f "$UD/User/settings.json" ] || write_user_settings "$UD"
mkdir -p "$EXT"
"$CS_BIN" --user-data-dir "$UD" --extensions-dir "$EXT" --install-extension "$VSIX" --force </dev/null \
  >"$E2E_WORK/logs/start-install.log" 2>&1 || { cat "$E2E_WORK/logs/start-install.log" >&2; die "installing the .vsix failed"; }

PORT=${START_PORT:-8080}
if ! node -e "const s=require('net').createServer();s.once('error',()=>process.exit(1));s.listen($PORT,'127.0.0.1',()=>s.close())" 2>/dev/null; then
  [ -n "${START_PORT:-}" ] && die "port $PORT is in use"
  PORT=$(free_port)
fi
start_code_server "$PORT" "$UD" "$EXT" "$E2E_WORK/logs/code-server-start.log"
BASE="http://127.0.0.1:$PORT"
URL=$(node -e "console.log(process.argv[1] + '/?folder=' + encodeURIComponent(process.argv[2]))" "$BASE" "$CASE")
DEV_URL=$(node -e "const [b,c,r]=process.argv.slice(1);const h=new URL(b).host;console.log(b+'/?folder='+encodeURIComponent(c)+'&payload='+encodeURIComponent(JSON.stringify([['extensionDevelopmentPath','vscode-remote://'+h+r]])))" "$BASE" "$CASE" "$ROOT")

cat <<MSG

  VS Code (code-server $CS_VERSION) with the extension from dist/windows-servicing-logs.vsix:

      $URL

  Open CBS.log or setupapi.dev.log from the Explorer. Development copy instead of the .vsix
  (run \`npm run build\`, then "Developer: Reload Window" to pick up changes):

      $DEV_URL

MSG

if [ "$SMOKE" = 1 ]; then
  log "smoke check (START_SMOKE=1): /healthz and the workbench with CBS.log"
  curl -fsS "$BASE/healthz" | head -c 200; echo
  node "$ROOT/scripts/e2e/ui-check.mjs" --smoke --url "$BASE" --folder "$CASE" --out "$ROOT/screenshots/start" </dev/null &
  CHILD=$!; wait "$CHILD"; RC=$?; CHILD=""
  [ "$RC" -eq 0 ] && log "smoke check passed (screenshot: screenshots/start/start.png)" || log "smoke check FAILED"
  exit "$RC"
fi
log "code-server is running (log: $E2E_WORK/logs/code-server-start.log). Stop it with Ctrl+C or: kill $$"
wait "$CS_PID"
log "code-server exited"; CS_PID=""
