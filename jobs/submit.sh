#!/usr/bin/env bash
# Submits the saidwho job to a Spark cluster with $SPARK_HOME/bin/spark-submit.
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: jobs/submit.sh --master <url> --conf-file <file.json> [spark-submit options]... [-- job args]

Submits io.saidwho.job.SaidWhoJob from target/saidwho-<version>-job.jar (build it with
`mvn -B package -DskipTests`). The config file is shipped with --files and read by the driver
from its working directory (cluster deploy mode) or from the given path (client mode).

  --master <url>        spark://host:7077 | yarn | k8s://https://host:6443 | local[*]
  --conf-file <file>    the job's JSON config (see conf/cluster.json)
  --jar <file>          the job jar (default: target/saidwho-<version>-job.jar)
  any other option      passed to spark-submit unchanged (--deploy-mode, --executor-memory,
                        --num-executors, --conf spark.x=y, ...)
  -- args...            passed to the job (e.g. -- --set run.batch-date=2026-11-23)

Environment: SPARK_HOME (required).
Examples:
  jobs/submit.sh --master spark://master:7077 --conf-file conf/cluster.json \
    --executor-memory 4g -- --set run.batch-date=2026-11-23
  jobs/submit.sh --master yarn --deploy-mode cluster --conf-file conf/cluster.json
  jobs/submit.sh --master k8s://https://k8s:6443 --deploy-mode cluster \
    --conf spark.kubernetes.container.image=myrepo/spark:4.2.0 --conf-file conf/cluster.json \
    --jar local:///opt/saidwho/saidwho-job.jar
USAGE
}

cd "$(dirname "$0")/.."
master=""
conf_file=""
jar=""
deploy_mode="client"
spark_opts=()
job_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --master) master="${2:?--master needs a value}"; shift 2 ;;
    --conf-file) conf_file="${2:?--conf-file needs a value}"; shift 2 ;;
    --jar) jar="${2:?--jar needs a value}"; shift 2 ;;
    --deploy-mode) deploy_mode="${2:?--deploy-mode needs a value}"; spark_opts+=("$1" "$2"); shift 2 ;;
    --) shift; job_args=("$@"); break ;;
    *) spark_opts+=("$1"); shift ;;
  esac
done

fail() { echo "submit.sh: $*" >&2; exit 2; }
[[ -n "$master" ]] || { usage >&2; fail "--master is required"; }
[[ -n "$conf_file" ]] || { usage >&2; fail "--conf-file is required"; }
[[ -f "$conf_file" ]] || fail "config file not found: $conf_file"
[[ -n "${SPARK_HOME:-}" ]] || fail "SPARK_HOME is not set (point it at a Spark 4.2.0 install)"
submit="$SPARK_HOME/bin/spark-submit"
[[ -x "$submit" ]] || fail "spark-submit not found or not executable: $submit"
if [[ -z "$jar" ]]; then
  version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)"
  jar="target/saidwho-${version}-job.jar"
fi
if [[ "$jar" != *://* ]]; then
  [[ -f "$jar" ]] || fail "job jar not found: $jar (build it with: mvn -B package -DskipTests)"
fi

# In cluster deploy mode the driver runs elsewhere and finds the shipped file in its work dir.
conf_arg="$conf_file"
if [[ "$deploy_mode" == "cluster" ]]; then
  conf_arg="$(basename "$conf_file")"
fi

exec "$submit" \
  --master "$master" \
  --class io.saidwho.job.SaidWhoJob \
  --files "$conf_file" \
  "${spark_opts[@]}" \
  "$jar" \
  --conf "$conf_arg" "${job_args[@]}"
