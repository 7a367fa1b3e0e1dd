#!/usr/bin/env bash
# Vendors the browser search's one library into themes/default/assets/vendor/ from the npm registry.
# Run it by hand when bumping a version; the site build never touches npm.
#   stemmer (MIT) : Porter stemmer, shipped as an ES module -> stemmer.js (wrapped to set window.stemmer)
# The build stems the index with a C# port of the same stemmer (src/SiteGen.Core/Search/PorterStemmer.cs); after a bump,
# tests/fixtures/search-stems.tsv (checked against both) must still pass, or the port must follow.
set -euo pipefail
STEMMER_VERSION=2.0.1

here="$(cd "$(dirname "$0")" && pwd)"
vendor="$here/../default/assets/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm pack --silent "stemmer@$STEMMER_VERSION" >/dev/null
mkdir stemmer
tar xzf "stemmer-$STEMMER_VERSION.tgz" -C stemmer

mkdir -p "$vendor"
{
  echo "/* stemmer $STEMMER_VERSION (MIT, Titus Wormer), wrapped by themes/tools/vendor.sh to set window.stemmer */"
  echo "(function () {"
  sed 's/^export function stemmer/function stemmer/' stemmer/package/index.js
  echo "window.stemmer = stemmer;"
  echo "})();"
} > "$vendor/stemmer.js"
cp stemmer/package/license "$vendor/stemmer.LICENSE.txt"

echo "vendored stemmer $STEMMER_VERSION into $vendor"
