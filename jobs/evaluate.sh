#!/usr/bin/env bash
# Runs the evaluation (io.saidwho.eval.EvaluateMain) against a gold set, with java directly.
# Exits with the evaluation's own code: 0 whatever the scores, 2 bad input, 1 other (a failed build).
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: jobs/evaluate.sh [--gold FILE.jsonl --articles DIR|FILE] [--json OUT.json]
       jobs/evaluate.sh --help

Builds the classes if needed (mvn compile, only when pom.xml or src/main changed), then compares
the core's quotes, kinds, speakers and mentions with the gold. Without arguments it evaluates
sample-data/gold against sample-data/articles. Relative paths are relative to the current folder.

  jobs/evaluate.sh
  jobs/evaluate.sh --gold sample-data/heldout/heldout-gold.jsonl --articles sample-data/heldout/articles

Exit codes: 0 ok (whatever the scores); 2 bad input (unreadable file, malformed gold line, gold
document missing from the articles, gold text differing from the article); 1 any other failure.
Environment: JAVA_OPTS (default -Xmx2g) is passed to the JVM.
USAGE
}

for arg in "$@"; do
  case "$arg" in -h|--help) usage; exit 0 ;; esac
done
project="$(cd "$(dirname "$0")/.." && pwd)"
args=("$@")
if [[ ${#args[@]} -eq 0 ]]; then
  args=(--gold "$project/sample-data/gold/seed-quotes.jsonl" --articles "$project/sample-data/articles")
fi

command -v java >/dev/null || { echo "evaluate.sh: java is not on the PATH" >&2; exit 2; }
classpath_file="$project/target/run-local.classpath"
if [[ ! -f "$classpath_file" || ! -d "$project/target/classes/io/saidwho/eval" \
      || -n "$(find "$project/pom.xml" "$project/src/main" -newer "$classpath_file" -print -quit)" ]]; then
  command -v mvn >/dev/null || { echo "evaluate.sh: mvn is not on the PATH" >&2; exit 2; }
  echo "evaluate.sh: building (mvn compile)..." >&2
  if ! (cd "$project" && mvn -B -q compile dependency:build-classpath -Dmdep.includeScope=compile \
      -Dmdep.outputFile="$classpath_file" >&2); then
    echo "evaluate.sh: the build failed" >&2
    exit 1
  fi
  touch "$classpath_file"
fi

# JAVA_OPTS is a list of options: split on spaces on purpose.
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xmx2g} -cp "$project/target/classes:$(cat "$classpath_file")" \
  io.saidwho.eval.EvaluateMain "${args[@]}"
