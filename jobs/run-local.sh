#!/usr/bin/env bash
# Runs the saidwho job in an embedded local Spark (no Spark install needed).
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: jobs/run-local.sh [conf-file] [--set key=value]...

Builds the classes if needed, then runs io.saidwho.job.SaidWhoJob in an embedded local Spark
with the given JSON config (default: conf/local.json) and prints the run summary.

  jobs/run-local.sh
  jobs/run-local.sh conf/local.json --set output.path=/tmp/saidwho --set run.batch-date=2026-11-23

Environment: JAVA_OPTS (default -Xmx4g) is passed to the JVM.
USAGE
}

cd "$(dirname "$0")/.."
conf="conf/local.json"
if [[ $# -gt 0 && "$1" != --* ]]; then
  conf="$1"
  shift
fi
case "${1:-}" in -h|--help) usage; exit 0 ;; esac
if [[ ! -f "$conf" ]]; then
  echo "run-local.sh: config file not found: $conf" >&2
  usage >&2
  exit 2
fi
command -v mvn >/dev/null || { echo "run-local.sh: mvn is not on the PATH" >&2; exit 2; }

args="--conf $conf"
for arg in "$@"; do
  args+=" $arg"
done
if [[ ! -d target/classes/io/saidwho/job ]]; then
  echo "run-local.sh: building (mvn compile)..." >&2
fi
exec mvn -B -q compile exec:exec@run -Dsaidwho.args="$args"
