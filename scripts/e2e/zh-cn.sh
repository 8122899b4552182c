# shellcheck shell=bash
# Step 5 of scripts/e2e.sh: the installed .vsix in code-server started with `--locale zh-cn`.
# VS Code only loads package.nls.zh-cn.json and l10n/bundle.l10n.zh-cn.json when a language pack
# for zh-cn is installed; the marketplace's is out of reach, so tools/make-language-pack.mjs builds
# one from two npm packages (CodinGame, MIT), fetched with `npm pack` into $E2E_WORK/lp.
LP_VERSION=17.1.2   # @codingame/monaco-vscode-* 17.x carry VS Code 1.100's strings, as code-server 4.100.3 has
LP_PACKAGES=(monaco-vscode-language-pack-zh-hans monaco-vscode-api)

# Builds $E2E_WORK/lp/zh-cn.vsix (cached between runs).
ensure_language_pack() {
  local lp="$E2E_WORK/lp" name
  [ -f "$lp/zh-cn.vsix" ] && [ "$(cat "$lp/version" 2>/dev/null)" = "$LP_VERSION" ] && { log "zh-cn language pack present"; return 0; }
  rm -rf "$lp"; mkdir -p "$lp"
  for name in "${LP_PACKAGES[@]}"; do
    log "npm pack @codingame/$name@$LP_VERSION"
    ( cd "$lp" && npm pack --silent "@codingame/$name@$LP_VERSION" </dev/null >/dev/null ) || die "npm pack @codingame/$name@$LP_VERSION failed"
    mkdir -p "$lp/$name" && tar xzf "$lp/codingame-$name-$LP_VERSION.tgz" -C "$lp/$name" --strip-components=1 || die "unpacking $name failed"
  done
  node "$ROOT/tools/make-language-pack.mjs" --pack "$lp/monaco-vscode-language-pack-zh-hans" --api "$lp/monaco-vscode-api" \
    --vscode "$CS_DIR/node_modules/code-server/lib/vscode" --out "$lp/pack" || die "tools/make-language-pack.mjs failed"
  ( cd "$lp/pack" && "$ROOT/node_modules/.bin/vsce" package --no-dependencies --allow-missing-repository --skip-license --out "$lp/zh-cn.vsix" </dev/null >"$LOGS/language-pack.log" 2>&1 ) \
    || { tail -20 "$LOGS/language-pack.log" >&2; die "packaging the language pack failed"; }
  echo "$LP_VERSION" > "$lp/version"
}

# Sets ZH_RC (0 = every check passed).
run_zh_cn_check() {
  local ud="$E2E_WORK/ud-zh" ext="$E2E_WORK/ext-zh" vsix port
  ensure_language_pack
  rm -rf "$ud" "$ext"; write_user_settings "$ud"; mkdir -p "$ext"
  for vsix in "$E2E_WORK/lp/zh-cn.vsix" "$VSIX"; do
    step 120 "$CS_BIN" --user-data-dir "$ud" --extensions-dir "$ext" --install-extension "$vsix" --force \
      >>"$LOGS/install-extension-zh.log" 2>&1 || { cat "$LOGS/install-extension-zh.log" >&2; die "installing $(basename "$vsix") failed"; }
  done
  node "$ROOT/tools/make-language-pack.mjs" --register "$ext/servicing-logs.e2e-language-pack-zh-cn-0.0.1" --user-data-dir "$ud" \
    || die "registering the language pack failed"
  port=${E2E_PORT:-$(free_port)}
  start_code_server "$port" "$ud" "$ext" "$LOGS/code-server-zh.log" --locale zh-cn
  log "UI check in 简体中文 (screenshots into $SHOTS)"
  step 300 node "$ROOT/scripts/e2e/zh-cn-check.mjs" --url "http://127.0.0.1:$port" --folder "$CASE" --out "$SHOTS"
  ZH_RC=$?
  stop_group "$CS_PID"; CS_PID=""
}
