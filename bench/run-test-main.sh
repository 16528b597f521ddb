#!/usr/bin/env bash
# Runs a main class of src/test/java (the bench tools live there, next to the test-scope Europarl
# text) on the test classpath, compiling first when the sources or the pom changed.
#
#   bench/run-test-main.sh corpus.bench.BenchCorpusGenerator --out DIR --size BYTES [--seed N]
#   bench/run-test-main.sh corpus.bench.BareLuceneIndexer --corpus DIR --index DIR [--threads N]
#
# JVM options go in $BENCH_JAVA_OPTS. Maven's messages go to stderr.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$repo/bench/work"
mkdir -p "$work"
classpath="$work/test-classpath.txt"
stamp="$work/test-compile.stamp"

if [[ ! -s "$classpath" || "$repo/pom.xml" -nt "$classpath" ]]; then
  mvn -q -B -f "$repo/pom.xml" dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >&2
fi
if [[ ! -e "$stamp" || -n "$(find "$repo/src" "$repo/pom.xml" -newer "$stamp" -print -quit)" ]]; then
  touch "$stamp.new"
  mvn -q -B -Dspotless.check.skip=true -f "$repo/pom.xml" test-compile >&2
  mv "$stamp.new" "$stamp"
fi

# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
exec java ${BENCH_JAVA_OPTS:-} \
  -cp "$repo/target/test-classes:$repo/target/classes:$(cat "$classpath")" "$@"
