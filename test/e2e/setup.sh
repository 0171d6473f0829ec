#!/usr/bin/env bash
# Installs what the end-to-end test needs into test/e2e/.code-server/ (kept out
# of git, never in the project's dependencies): Node 24 from npm, code-server
# (VS Code's server and web workbench) and playwright-core. Idempotent: a
# finished install leaves a stamp, and the next run returns at once.
# Debian's chromium and fonts come from apt (see .ci/run); this script only
# checks that they are there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="$here/.code-server"
want="node@24 code-server@4.139.1 playwright-core@1"
stamp="$dir/.installed"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x "$dir/node_modules/.bin/code-server" ]]; then
  exit 0
fi

for tool in /usr/bin/chromium; do
  [[ -x "$tool" ]] || { echo "e2e setup: $tool is missing (apt-get install -y chromium fonts-noto-core fonts-noto-ui-core libkrb5-dev pkg-config openssl)" >&2; exit 1; }
done

# Run from `npm run test:e2e`, this inherits the outer npm's settings as
# npm_* variables; among them its user agent ("node/v20"), which
# code-server's install script reads as the Node version. The inner npm
# reads the npmrc files itself.
for name in $(compgen -e | grep '^npm_'); do unset "$name"; done

install_once() {
  rm -rf "$dir"
  mkdir -p "$dir"
  cd "$dir"
  echo '{ "name": "isnad-e2e-tools", "private": true }' > package.json
  export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
  # First Node 24 alone: its headers are what code-server's native modules
  # must be built against (the machine's npm config points at Node 20's).
  npm install --loglevel=error node@24 >/dev/null
  local include
  include="$(ls -d "$dir"/node_modules/node/node_modules/node-linux-*/include | head -n 1)"
  # Copied outside node_modules: npm moves that folder during the next install.
  rm -rf "$dir/node-headers" && mkdir -p "$dir/node-headers" && cp -r "$include" "$dir/node-headers/"
  export npm_config_nodedir="$dir/node-headers"
  export PATH="$dir/node_modules/.bin:$PATH"
  echo "e2e setup: installing $want with $(node -v) (takes a few minutes the first time)"
  npm install --loglevel=error $want
  [[ -x "$dir/node_modules/.bin/code-server" ]]
}

# A failed install leaves a broken tree: start again from nothing, once.
if ! (install_once); then
  echo "e2e setup: install failed, retrying once from a clean folder" >&2
  (install_once)
fi
echo "$want" > "$stamp"
echo "e2e setup: ready in $dir"
