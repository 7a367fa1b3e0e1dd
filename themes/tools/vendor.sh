#!/usr/bin/env bash
# Vendors the browser search libraries into themes/default/assets/vendor/ from the npm registry.
# Run it by hand when bumping a version; the site build never touches npm.
#   MiniSearch (MIT)  : full-text index with prefix, fuzzy and field boosting  -> minisearch.js (UMD build)
#   stemmer (MIT)     : Porter stemmer, shipped as an ES module -> stemmer.js (wrapped to set window.stemmer)
set -euo pipefail
MINISEARCH_VERSION=7.2.0
STEMMER_VERSION=2.0.1

here="$(cd "$(dirname "$0")" && pwd)"
vendor="$here/../default/assets/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm pack --silent "minisearch@$MINISEARCH_VERSION" "stemmer@$STEMMER_VERSION" >/dev/null
mkdir minisearch stemmer
tar xzf "minisearch-$MINISEARCH_VERSION.tgz" -C minisearch
tar xzf "stemmer-$STEMMER_VERSION.tgz" -C stemmer

mkdir -p "$vendor"
# The UMD build without its source-map comment (the map is not shipped).
grep -v '^//# sourceMappingURL=' minisearch/package/dist/umd/index.js > "$vendor/minisearch.js"
cp minisearch/package/LICENSE.txt "$vendor/minisearch.LICENSE.txt"

{
  echo "/* stemmer $STEMMER_VERSION (MIT, Titus Wormer), wrapped by themes/tools/vendor.sh to set window.stemmer */"
  echo "(function () {"
  sed 's/^export function stemmer/function stemmer/' stemmer/package/index.js
  echo "window.stemmer = stemmer;"
  echo "})();"
} > "$vendor/stemmer.js"
cp stemmer/package/license "$vendor/stemmer.LICENSE.txt"

echo "vendored minisearch $MINISEARCH_VERSION and stemmer $STEMMER_VERSION into $vendor"
