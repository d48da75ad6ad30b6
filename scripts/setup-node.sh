#!/usr/bin/env bash
# Installs Node 24 from the npm registry into .tools/node (git-ignored, per checkout), for machines whose
# system Node is older than Astro 7 accepts (>= 22.12). Works with any npm that can reach the registry
# (tested with Node 20 / npm 11). Safe to run again: an existing install is kept.
# Afterwards put it first on PATH:  export PATH="$PWD/.tools/node/node_modules/.bin:$PATH"
# Used by `npm run setup-node` and by .ci/run, so there is one copy of these steps.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=.tools/node
if [ -x "$prefix/node_modules/.bin/node" ]; then
  echo "Node $("$prefix/node_modules/.bin/node" -v) is already in $prefix"
else
  echo "Installing Node 24 from the npm registry into $prefix"
  mkdir -p "$prefix"
  # The node package's install script downloads the real binary. npm 11 runs install scripts only for
  # packages named in allowScripts (it refuses --allow-scripts on the command line), hence this file.
  echo '{"private":true,"allowScripts":{"node":true}}' > "$prefix/package.json"
  npm install --prefix "$prefix" --no-save --no-audit --no-fund node@24
  echo "Installed Node $("$prefix/node_modules/.bin/node" -v) into $prefix"
fi
echo "Use it in this shell with:"
echo "  export PATH=\"$PWD/$prefix/node_modules/.bin:\$PATH\""
