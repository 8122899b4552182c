#!/usr/bin/env bash
# npm run test:e2e: the extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3),
# driven by headless Debian Chromium through playwright-core. Works offline except for the npm
# registry and Debian's archive, with no TTY. See /work/shared/docs/real-editors.md.
#
#  1. installs what is missing: apt packages, code-server into .e2e/cs (cached between runs)
#  2. builds: the e2e suite (tsc -b test/e2e), the .vsix (npm run package), the dev bundle (npm run build)
#  3. runs the Mocha suite (out/e2e/index.js) inside code-server's real extension host against
#     the development copy of the extension, workspace examples/case
#  4. UI check with the installed .vsix, like a person: CBS.log squiggle + hover, Problems panel,
#     setupapi.dev.log outline, keys, Failures view, timeline; then a log over 50 MB (Open Excerpt
#     clicked, the excerpt's line numbers and hover) and a log with 3,000 failures (Problems panel
#     under 1,000, Failures view); screenshots into screenshots/
#  5. the same in 简体中文 (scripts/e2e/zh-cn.sh): --locale zh-cn with a generated language pack;
#     our commands, a client prompt and message, our settings; screenshots zh-cn-*.png
#
# Prints Mocha's closing line `N passed, N failed` as the last line; exits non-zero on any failure.
# env: E2E_TIMEOUT (overall seconds, default 1500), E2E_SKIP_UI=1, E2E_SKIP_MOCHA=1, E2E_SKIP_ZH=1, E2E_GREP=<mocha grep>,
#      E2E_PORT (default: a free port), E2E_WORK (default .e2e), SKIP_APT=1, CHROMIUM (default /usr/bin/chromium)
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=e2e/lib.sh
source "$ROOT/scripts/e2e/lib.sh"
# shellcheck source=e2e/zh-cn.sh
source "$ROOT/scripts/e2e/zh-cn.sh"
cd "$ROOT"

E2E_TIMEOUT=${E2E_TIMEOUT:-1500}
SHOTS="$ROOT/screenshots"
LOGS="$E2E_WORK/logs"
CASE="$ROOT/examples/case"
VSIX="$ROOT/dist/windows-servicing-logs.vsix"
CS_PID="" CHILD="" WATCHDOG="" MOCHA_RC=-1 UI_RC=-1 ZH_RC=-1 CLOSING=""
mkdir -p "$E2E_WORK/run" "$LOGS"

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [ -n "$CHILD" ] && stop_group "$CHILD"
  stop_recorded_browsers
  [ -n "$CS_PID" ] && stop_group "$CS_PID"
  [ -n "$WATCHDOG" ] && stop_group "$WATCHDOG"
  exit "$rc"
}
on_signal() {
  echo "e2e: received $1, stopping" >&2
  [ "$1" = TERM ] && [ -f "$E2E_WORK/run/timed-out" ] && echo "e2e: overall timeout of ${E2E_TIMEOUT}s reached" >&2
  exit 124
}
trap cleanup EXIT
trap 'on_signal INT' INT
trap 'on_signal TERM' TERM
rm -f "$E2E_WORK/run/timed-out"
# Overall time limit: a watchdog in its own process group signals us; the trap cleans up.
setsid bash -c 'sleep "$1" && touch "$3" && kill -TERM "$2"' _ "$E2E_TIMEOUT" $$ "$E2E_WORK/run/timed-out" </dev/null >/dev/null 2>&1 &
WATCHDOG=$!

# Run a step in the background with its own time limit, so signals reach us while it runs.
step() {
  local secs=$1; shift
  timeout -k 10 "$secs" "$@" </dev/null &
  CHILD=$!
  wait "$CHILD"; local rc=$?
  CHILD=""
  [ "$rc" -eq 124 ] && echo "e2e: step timed out after ${secs}s: $*" >&2
  return "$rc"
}

log "e2e start (overall limit ${E2E_TIMEOUT}s) in $ROOT"

# 1. install
T_INSTALL=$(date +%s)
if [ "${SKIP_APT:-0}" != 1 ]; then ensure_apt_packages; fi
contain_state   # XDG_* and TMPDIR inside .e2e from here on (code-server, Chromium, npm temp files)
for c in node npm curl setsid timeout; do command -v "$c" >/dev/null || die "$c is missing"; done
[ -x "$CHROMIUM" ] || die "Chromium not found at $CHROMIUM"
ensure_node_modules
ensure_code_server
T_INSTALL=$(( $(date +%s) - T_INSTALL ))

# 2. build
T_BUILD=$(date +%s)
log "build: tsc -b test/e2e"
step 300 npx tsc -b test/e2e || die "the e2e suite does not compile (npx tsc -b test/e2e)"
log "package: npm run package -> dist/windows-servicing-logs.vsix"
rm -f "$VSIX"
step 300 npm run --silent package >"$LOGS/package.log" 2>&1 || { tail -30 "$LOGS/package.log" >&2; die "npm run package failed (log: $LOGS/package.log)"; }
[ -f "$VSIX" ] || die "npm run package did not produce $VSIX"
log "build: npm run build (development bundle for the extension development host)"
step 300 npm run --silent build >"$LOGS/build.log" 2>&1 || { tail -30 "$LOGS/build.log" >&2; die "npm run build failed (log: $LOGS/build.log)"; }
T_BUILD=$(( $(date +%s) - T_BUILD ))

export E2E_WORK CHROMIUM

# 3. Mocha suite in the real extension host (development copy only; no other extension installed)
T_MOCHA=$(date +%s)
if [ "${E2E_SKIP_MOCHA:-0}" != 1 ]; then
  rm -rf "$E2E_WORK/ud-mocha" "$E2E_WORK/ext-mocha" "$E2E_WORK/mocha-result.json"
  write_user_settings "$E2E_WORK/ud-mocha"; mkdir -p "$E2E_WORK/ext-mocha"
  PORT=${E2E_PORT:-$(free_port)}
  # The extension host inherits code-server's environment: E2E_* reach test/e2e/index.ts.
  E2E_RESULT_FILE="$E2E_WORK/mocha-tests.json" E2E_GREP="${E2E_GREP:-}" \
    start_code_server "$PORT" "$E2E_WORK/ud-mocha" "$E2E_WORK/ext-mocha" "$LOGS/code-server-mocha.log"
  log "Mocha suite inside VS Code's extension host (workspace examples/case)"
  echo
  step 600 node "$ROOT/scripts/e2e/exthost-tests.mjs" --url "http://127.0.0.1:$PORT" --folder "$CASE" \
    --ext "$ROOT" --tests "$ROOT/out/e2e/index.js" --shots "$E2E_WORK/shots" --result "$E2E_WORK/mocha-result.json"
  MOCHA_RC=$?
  echo
  CLOSING=$(node -e "try{const r=require(process.argv[1]);if(r.closing)console.log(r.closing.line)}catch{}" "$E2E_WORK/mocha-result.json")
  stop_group "$CS_PID"; CS_PID=""

  # 3b. the same extension host on a folder without a servicing log: the extension must not start.
  rm -rf "$E2E_WORK/ud-nolog" "$E2E_WORK/nolog-result.json"
  write_user_settings "$E2E_WORK/ud-nolog"
  PORT=${E2E_PORT:-$(free_port)}
  E2E_SUITES=noLog start_code_server "$PORT" "$E2E_WORK/ud-nolog" "$E2E_WORK/ext-mocha" "$LOGS/code-server-nolog.log"
  log "Mocha suite noLog (workspace test/e2e/fixtures/no-log)"
  step 300 node "$ROOT/scripts/e2e/exthost-tests.mjs" --url "http://127.0.0.1:$PORT" --folder "$ROOT/test/e2e/fixtures/no-log" \
    --ext "$ROOT" --tests "$ROOT/out/e2e/index.js" --result "$E2E_WORK/nolog-result.json"
  NOLOG_RC=$?
  stop_group "$CS_PID"; CS_PID=""
  NOLOG=$(node -e "try{const r=require(process.argv[1]);if(r.closing)console.log(r.closing.line)}catch{}" "$E2E_WORK/nolog-result.json")
  echo "   no-log folder: ${NOLOG:-did not report}"
  if [ "$NOLOG_RC" -ne 0 ] || [ -z "$NOLOG" ]; then MOCHA_RC=1; fi
  # One closing line for both runs.
  CLOSING=$(node -e "const [a,b]=process.argv.slice(1).map(s=>(/^(\d+) passed, (\d+) failed$/.exec(s)||[0,0,1]).slice(1).map(Number));console.log((a[0]+b[0])+' passed, '+(a[1]+b[1])+' failed')" "$CLOSING" "$NOLOG")
fi
T_MOCHA=$(( $(date +%s) - T_MOCHA ))

# 4. UI check with the installed .vsix (fresh user data, separate instance)
T_UI=$(date +%s)
if [ "${E2E_SKIP_UI:-0}" != 1 ]; then
  rm -rf "$E2E_WORK/ud-ui" "$E2E_WORK/ext-ui"
  write_user_settings "$E2E_WORK/ud-ui"; mkdir -p "$E2E_WORK/ext-ui"
  log "install $(basename "$VSIX") into code-server"
  step 120 "$CS_BIN" --user-data-dir "$E2E_WORK/ud-ui" --extensions-dir "$E2E_WORK/ext-ui" --install-extension "$VSIX" --force \
    >"$LOGS/install-extension.log" 2>&1 || { cat "$LOGS/install-extension.log" >&2; die "installing the .vsix failed"; }
  grep -h 'successfully installed' "$LOGS/install-extension.log" || true
  PORT=${E2E_PORT:-$(free_port)}
  start_code_server "$PORT" "$E2E_WORK/ud-ui" "$E2E_WORK/ext-ui" "$LOGS/code-server-ui.log"
  rm -rf "$SHOTS"; mkdir -p "$SHOTS"
  log "UI check like a person (screenshots into $SHOTS)"
  step 300 node "$ROOT/scripts/e2e/ui-check.mjs" --url "http://127.0.0.1:$PORT" --folder "$CASE" --out "$SHOTS"
  UI_RC=$?
  log "UI check: a log over 50 MB (Open Excerpt clicked) and a log with 3,000 failures"
  step 400 node "$ROOT/scripts/e2e/large-logs-check.mjs" --url "http://127.0.0.1:$PORT" --case "$CASE" \
    --corpus "$ROOT/../shared/corpus" --work "$E2E_WORK" --out "$SHOTS" || UI_RC=1
  stop_group "$CS_PID"; CS_PID=""
fi
T_UI=$(( $(date +%s) - T_UI ))

# 5. UI check in 简体中文 (installed .vsix + generated zh-cn language pack)
T_ZH=$(date +%s)
if [ "${E2E_SKIP_ZH:-0}" != 1 ]; then
  [ -d "$SHOTS" ] || mkdir -p "$SHOTS"
  run_zh_cn_check
fi
T_ZH=$(( $(date +%s) - T_ZH ))

# summary
status() { case "$1" in -1) echo "skipped";; 0) echo "PASS";; *) echo "FAIL (exit $1)";; esac; }
echo
log "summary"
echo "   install ${T_INSTALL}s, build+package ${T_BUILD}s, Mocha run ${T_MOCHA}s, UI check ${T_UI}s, zh-cn check ${T_ZH}s, total $(( $(date +%s) - _T0 ))s"
echo "   Mocha suite in the extension host: $(status "$MOCHA_RC")"
echo "   UI check (installed .vsix):        $(status "$UI_RC")"
echo "   UI check in zh-cn:                 $(status "$ZH_RC")"
[ "$UI_RC" != -1 ] && echo "   screenshots: $SHOTS"
echo "   logs: $LOGS (code-server), $E2E_WORK/ud-mocha/logs and $E2E_WORK/ud-ui/logs (VS Code, extension host)"
RC=0
if [ "$MOCHA_RC" != -1 ]; then
  if [ -z "$CLOSING" ]; then CLOSING="0 passed, 1 failed"; echo "   (the Mocha suite did not report; counted as 1 failure)"; fi
  [ "$MOCHA_RC" -eq 0 ] || RC=1
fi
[ "$UI_RC" = -1 ] || [ "$UI_RC" -eq 0 ] || RC=1
[ "$ZH_RC" = -1 ] || [ "$ZH_RC" -eq 0 ] || RC=1
[ -n "$CLOSING" ] && echo "$CLOSING"
exit "$RC"
