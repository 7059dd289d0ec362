#!/usr/bin/env bash
# check.sh tests the npm package as a user gets it: `npm pack` in web/, the
# tarball installed OFFLINE (no registry) into an empty project, then
#   1. node imports it by name and uses it (app.mjs);
#   2. tsc resolves its types under moduleResolution nodenext, and bundler
#      (app.ts);
#   3. esbuild bundles app.mjs into one file that runs with the package
#      uninstalled, harf.wasm and wasm_exec.js copied beside the bundle.
# Needs web/harf.wasm (./build.sh) and web/tools' packages (npm ci).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
web=$(dirname "$here")
tools=$web/tools/node_modules/.bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

name=$(node -p "require('$web/package.json').name")
tgz=$(cd "$web" && npm pack --silent --pack-destination "$tmp")
echo "packed $tgz ($(wc -c <"$tmp/$tgz") bytes): $(tar -tzf "$tmp/$tgz" | sed 's|^package/||' | sort | tr '\n' ' ')"

app=$tmp/app
mkdir "$app"
cp "$here/app.mjs" "$here/app.ts" "$here/tsconfig.json" "$here/tsconfig.bundler.json" "$app/"
echo '{"name": "app", "private": true, "type": "module"}' >"$app/package.json"
(cd "$app" && npm install --offline --no-audit --no-fund --silent "$tmp/$tgz")
echo "installed $name offline into an empty project"

(cd "$app" && node app.mjs)

(cd "$app" && "$tools/tsc" -p tsconfig.json && "$tools/tsc" -p tsconfig.bundler.json)
echo "tsc (nodenext, bundler): the types resolve from '$name', misuses are rejected"

(cd "$app" && "$tools/esbuild" app.mjs --bundle --platform=node --format=esm --log-level=warning --outfile=dist/app.mjs)
cp "$app/node_modules/$name/harf.wasm" "$app/node_modules/$name/wasm_exec.js" "$app/dist/"
rm -rf "$app/node_modules" # the bundle must stand alone
(cd "$app/dist" && node app.mjs)
echo "esbuild: the bundle runs without node_modules"
