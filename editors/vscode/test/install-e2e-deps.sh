#!/usr/bin/env bash
# Installs what the extension's end-to-end test (test/e2e.mjs) needs:
# Debian's chromium and ripgrep, and code-server from the npm registry in a
# cache folder outside the repository. Idempotent: what is there is kept.
#
# code-server's own install script downloads binaries (ripgrep) that this
# machine cannot fetch, so it is installed with --ignore-scripts and the
# steps of its postinstall that matter are done here by hand.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3 # the last release that runs on node 20
CACHE="${PVM_E2E_CACHE:-$HOME/.cache/pvm-e2e}"
VSCODE="$CACHE/node_modules/code-server/lib/vscode"
READY="$CACHE/ready-$CODE_SERVER_VERSION"

missing_debs=()
command -v chromium >/dev/null || missing_debs+=(chromium)
command -v rg >/dev/null || missing_debs+=(ripgrep)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || missing_debs+=(libkrb5-dev)
command -v make >/dev/null || missing_debs+=(make)
command -v g++ >/dev/null || missing_debs+=(g++)
if [ ${#missing_debs[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq "${missing_debs[@]}" >/dev/null
fi

[ -e "$READY" ] && [ -x "$CACHE/node_modules/.bin/code-server" ] && exit 0

mkdir -p "$CACHE"
npm install --prefix "$CACHE" --ignore-scripts --no-save --no-audit --no-fund \
    "code-server@$CODE_SERVER_VERSION"

nodedir=()
[ -d /usr/include/node ] && nodedir=(--nodedir=/usr)
# code-server's own native module (password hashing, loaded at start-up
# even with --auth none), built here instead of downloaded.
(cd "$CACHE" && JOBS=1 npm_config_build_from_source=true npm rebuild "${nodedir[@]}" argon2)

# What code-server's postinstall.sh does, without the downloads.
cd "$VSCODE"
npm install --omit=dev --ignore-scripts --no-audit --no-fund
# The workbench's native modules, compiled one job at a time (2 shared
# cores). node-pty's install step runs `npx node-gyp`, which needs --yes.
JOBS=1 npm_config_yes=true npm rebuild "${nodedir[@]}" \
    kerberos @vscode/spdlog @vscode/deviceid native-watchdog node-pty
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
ln -sf code-linux.sh bin/remote-cli/code-server
ln -sf browser-linux.sh bin/helpers/browser.sh

touch "$READY"
