#!/usr/bin/env bash
# Re-creates src/main/resources/static/vendor from the npm registry (needs node and npm).
# Workbox (service worker routing and caching) and idb-keyval (IndexedDB) are not published as
# WebJars on Maven Central, so their distribution files are kept in the repository at pinned versions,
# unchanged, with their licences; this script shows where they come from and checks that they still
# match the published packages.
set -euo pipefail
cd "$(dirname "$0")/.."
WORKBOX=7.4.1
IDB_KEYVAL=6.2.2
target=src/main/resources/static/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
for package in workbox-sw workbox-core workbox-routing workbox-strategies workbox-expiration; do
    npm pack --silent "$package@$WORKBOX" >/dev/null
    mkdir -p "$package" && tar xzf "$package-$WORKBOX.tgz" -C "$package"
done
npm pack --silent "idb-keyval@$IDB_KEYVAL" >/dev/null
mkdir -p idb-keyval && tar xzf "idb-keyval-$IDB_KEYVAL.tgz" -C idb-keyval
cd - >/dev/null
mkdir -p "$target/workbox-$WORKBOX" "$target/idb-keyval-$IDB_KEYVAL"
cp "$work/workbox-sw/package/build/workbox-sw.js" "$work/workbox-sw/package/LICENSE" "$target/workbox-$WORKBOX/"
for module in core routing strategies expiration; do
    cp "$work/workbox-$module/package/build/workbox-$module.prod.js" "$target/workbox-$WORKBOX/"
done
cp "$work/idb-keyval/package/dist/umd.js" "$work/idb-keyval/package/LICENCE" "$target/idb-keyval-$IDB_KEYVAL/"
(cd "$target" && sha256sum -c ../../../../../scripts/vendor-js.sha256)
