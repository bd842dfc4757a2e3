#!/usr/bin/env bash
# Runs the saidwho job in an embedded local Spark (no Spark install needed).
# Exits with the job's own code: 0 ok, 2 usage/config/path, 3 reject ratio exceeded, 1 other.
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: jobs/run-local.sh [conf-file] [--set key=value]...
       jobs/run-local.sh --help

Builds the classes if needed (mvn compile, only when pom.xml or src/main changed), then runs
io.saidwho.job.SaidWhoJob with java in an embedded local Spark with the given JSON config
(default: conf/local.json) and prints the run summary. Paths may contain spaces. Relative paths
inside the config are relative to the project folder.

  jobs/run-local.sh
  jobs/run-local.sh conf/local.json --set output.path=/tmp/saidwho --set run.batch-date=2026-11-23

Exit codes: 0 ok; 2 usage, config or unusable path (also a batch date locked by another run);
3 reject ratio exceeded; 1 any other failure (also a failed build).
Environment: JAVA_OPTS (default -Xmx4g -XX:MetaspaceSize=128m -XX:+UseParallelGC and the compiler
directives of conf/jit-directives.json; without the collector when JAVA_TOOL_OPTIONS or
JDK_JAVA_OPTIONS already picks one) is passed to the JVM; a JAVA_OPTS of your own replaces the
whole default (give -XX:+UseG1GC there for G1). The first run after a build writes a class data
sharing archive (target/run-local.jsa) that makes the later runs start faster.
USAGE
}

fail() { echo "run-local.sh: $*" >&2; exit 2; }

conf="conf/local.json"
if [[ $# -gt 0 && "$1" != -* ]]; then
  conf="$1"
  shift
fi
for arg in "$@"; do
  case "$arg" in -h|--help) usage; exit 0 ;; esac
done
if [[ ! -f "$conf" ]]; then
  usage >&2
  fail "config file not found: $conf"
fi
conf="$(cd "$(dirname "$conf")" && pwd)/$(basename "$conf")"

cd "$(dirname "$0")/.."
command -v java >/dev/null || fail "java is not on the PATH"
classpath_file="target/run-local.classpath"
if [[ ! -f "$classpath_file" || ! -d target/classes/io/saidwho/job \
      || -n "$(find pom.xml src/main -newer "$classpath_file" -print -quit)" ]]; then
  command -v mvn >/dev/null || fail "mvn is not on the PATH (needed to build the classes)"
  echo "run-local.sh: building (mvn compile)..." >&2
  if ! mvn -B -q compile dependency:build-classpath -Dmdep.includeScope=compile \
      -Dmdep.outputFile="$classpath_file" >&2; then
    echo "run-local.sh: the build failed" >&2
    exit 1
  fi
  touch "$classpath_file"
fi

# Class data sharing (the JDK's CDS): the JVM maps the classes of the class path's jars from an
# archive instead of loading, parsing and verifying them again (about a sixth of the CPU of a cold
# run on a small batch, docs/benchmark.md). The archive is written when the first run after a
# build ends with 0 or 3 and used by the runs after it; CDS takes jars only, so the job's own
# classes go into a jar first. The JVM ignores (silently, with these log options) an archive
# that does not match the class path or the JDK.
classes="target/classes"
archive="target/run-local.jsa"
share=(-Xlog:cds=off,cds+dynamic=off,class+path=off)
if command -v jar >/dev/null; then
  classes="target/run-local-classes.jar"
  if [[ ! -f "$classes" || -n "$(find target/classes "$classpath_file" -newer "$classes" \
        -print -quit)" ]]; then
    rm -f "$archive" "$classes"
    if jar cf "$classes.$$" -C target/classes .; then
      mv -f "$classes.$$" "$classes"
    fi
  fi
  if [[ ! -f "$classes" ]]; then
    classes="target/classes"
  elif [[ -f "$archive" ]]; then
    share+=(-XX:SharedArchiveFile="$archive")
  else
    share+=(-XX:ArchiveClassesAtExit="$archive.$$")
  fi
fi

# The parallel collector: on the job's local runs it spends a third to a quarter of G1's GC CPU
# for the same batch, with a lower peak heap (docs/benchmark.md, "JVM flags"; pom.xml bench.gc).
# The JVM refuses two collectors, so a collector the environment already gives wins.
# C2 kept from the code that runs once per query or task (conf/jit-directives.json: Spark's
# planning and code generation, Janino, the SQL parser, serialisation): a cold run spent about half
# its CPU in C2 compiles, mostly of that code (docs/benchmark.md, "The JIT of a short-lived JVM").
# The directives' "N compiler directives added" goes to stderr.
jit_opts="-XX:+UnlockDiagnosticVMOptions -XX:+DisplayVMOutputToStderr"
jit_opts+=" -XX:CompilerDirectivesFile=conf/jit-directives.json"
# Metaspace: the first full collection for class metadata comes at 128 MiB of it instead of the
# JVM's 21 MiB (a cold run loads and generates classes for its first seconds and paid two full
# collections for them).
default_opts="-Xmx4g -XX:MetaspaceSize=128m -XX:+UseParallelGC $jit_opts"
if [[ "${JAVA_TOOL_OPTIONS:-} ${JDK_JAVA_OPTIONS:-}" =~ -XX:\+Use[A-Za-z]+GC ]]; then
  default_opts="-Xmx4g -XX:MetaspaceSize=128m $jit_opts"
fi
# Spark's Java 17 module options, as in pom.xml (spark.java.opens).
opens="$(sed -n 's:.*<spark.java.opens>\(.*\)</spark.java.opens>.*:\1:p' pom.xml | head -n 1)"
# JAVA_OPTS and the module options are lists of options: split on spaces on purpose.
code=0
# shellcheck disable=SC2086
java ${JAVA_OPTS:-$default_opts} $opens "${share[@]}" -Dlog4j2.configurationFile=conf/log4j2.properties \
  -cp "$classes:$(cat "$classpath_file")" io.saidwho.job.SaidWhoJob --conf "$conf" "$@" || code=$?
if [[ -f "$archive.$$" ]]; then
  if [[ $code -eq 0 || $code -eq 3 ]]; then
    mv -f "$archive.$$" "$archive"
  else
    rm -f "$archive.$$"
  fi
fi
exit "$code"
