#!/usr/bin/env bash
# Archives through GNU parallel: the JSON lines cut into blocks of whole
# lines, each block analysed by its own `isnad analyze --input jsonl`
# (one thread each: parallel runs one per core), the analyses written back in
# input order (-k). The output is byte for byte that of one process.
#
#   examples/archive/parallel.sh articles.jsonl > analyses.jsonl
# (apt-get install parallel; run from the repository after `npm run build`)
set -euo pipefail
input=${1:?usage: examples/archive/parallel.sh ARTICLES.jsonl > ANALYSES.jsonl}
cli="$(cd "$(dirname "$0")/../.." && pwd)/dist/cli.js"
parallel --will-cite --pipe --block 4M -k -j "$(nproc)" \
  node "$cli" analyze --input jsonl --format jsonl --jobs 1 < "$input"
