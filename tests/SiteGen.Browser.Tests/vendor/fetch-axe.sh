#!/bin/sh
# Vendors axe-core's browser build for the accessibility test: tests/SiteGen.Browser.Tests/vendor/axe.min.js.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent axe-core@4 >/dev/null
tar -xzf axe-core-*.tgz package/axe.min.js package/package.json
cp package/axe.min.js "$here/axe.min.js"
node -e 'console.log("axe-core " + require("./package/package.json").version)' > "$here/axe.version"
cat "$here/axe.version"
