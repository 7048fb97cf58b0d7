# shellcheck shell=bash
# ./priceflow jmh: JMH micro-benchmarks of the hot pure code (docs/bench.md, "Micro-benchmarks"). Sourced by the
# dispatcher; needs common.sh (require_jdk, require_mvn, init_dirs, step, die, mvn_logged).
# Dispatcher line: jmh) shift; cmd_jmh "$@" ;;
#
# The benchmarks live in each module's TEST sources (src/test/java/**/jmh/*Benchmark.java) so that they see the
# module's plain classes: the service jars are Spring Boot repackaged jars, useless as a dependency. Only
# jmh-core is a (test-scoped) dependency; the annotation processor is NOT on the test classpath, so `mvn verify`
# compiles the benchmark classes but never generates or runs a benchmark (their names do not match *Test/*IT
# either). This command compiles the benchmark sources a second time with JMH's processor into
# <module>/target/jmh/classes and runs org.openjdk.jmh.Main on that classpath, one module after the other.

PF_JMH_MODULES=(pricing demand-forecast)

# jmh [--quick] [--only REGEX] [--module NAME] [-- JMH_OPTION...]
cmd_jmh() {
  local quick=0 only="" modules=() a m opts extra=() out rc=0
  while [[ $# -gt 0 ]]; do
    a=$1; shift
    case $a in
      --quick) quick=1 ;;
      --only) [[ $# -gt 0 ]] || die "usage: ./priceflow jmh --only REGEX"; only=$1; shift ;;
      --module) [[ $# -gt 0 ]] || die "usage: ./priceflow jmh --module NAME"; modules+=("$1"); shift ;;
      --) extra=("$@"); break ;;
      *) die "usage: ./priceflow jmh [--quick] [--only REGEX] [--module pricing|demand-forecast] [-- JMH_OPTION...] (unknown: $a)" ;;
    esac
  done
  [[ ${#modules[@]} -gt 0 ]] || modules=("${PF_JMH_MODULES[@]}")
  require_jdk
  require_mvn
  init_dirs
  if [[ $quick == 1 ]]; then
    opts=(-f 1 -wi 2 -w 1s -i 3 -r 1s)      # about 2-3 minutes in all
  else
    opts=(-f 2 -wi 5 -w 2s -i 5 -r 2s)      # about 8-10 minutes in all
  fi
  out="$PF_LOGS/jmh-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$out"
  for m in "${modules[@]}"; do
    [[ " ${PF_JMH_MODULES[*]} " == *" $m "* ]] || die "no benchmarks in module '$m' (one of: ${PF_JMH_MODULES[*]})"
    rm -rf "$PF_REPO/$m/target/jmh"
  done
  jmh_resolve "$out" "${modules[@]}" || die "could not resolve the benchmark classpath (log: $out/resolve.log)"
  for m in "${modules[@]}"; do
    jmh_module "$m" "$out" "$only" "${opts[@]}" "${extra[@]}" || rc=1
  done
  step "JMH results (average time per call; lower is better; error = 99.9 % confidence half-width):"
  for m in "${modules[@]}"; do
    printf '\n## %s\n\n' "$m"
    sed -n '/^Benchmark /,$p' "$out/$m.txt" 2>/dev/null || printf '(no results: see %s)\n' "$out/$m.txt"
  done
  printf '\nFull output and CSV: %s/\n' "$out"
  return "$rc"
}

# jmh_resolve OUTDIR MODULE...: one offline Maven run for all modules: each module's test classpath into
# <module>/target/jmh/cp.txt and JMH's annotation processor into OUTDIR/proc (never on a module's own
# classpath); online once when the processor is not in the local repository yet.
jmh_resolve() {
  local out=$1 version pl; shift
  version=$(sed -n 's:.*<jmh.version>\(.*\)</jmh.version>.*:\1:p' "$PF_REPO/pom.xml" | head -n1)
  pl=$(IFS=,; echo "$*")
  step "resolving the classpath of $pl (offline; log: $out/resolve.log)"
  local goals=(-q -pl "$pl" dependency:build-classpath dependency:copy -Dmdep.includeScope=test
    -Dmdep.outputFile=target/jmh/cp.txt -Dartifact="org.openjdk.jmh:jmh-generator-annprocess:$version"
    -DoutputDirectory="$out/proc")
  mvn_logged "$out/resolve.log" -o "${goals[@]}" || mvn_logged "$out/resolve.log" "${goals[@]}"
}

# jmh_module MODULE OUTDIR REGEX JMH_OPTION...: with the classpath jmh_resolve wrote, compiles the module's main
# sources into the private target/jmh/main (never target/classes, which other builds rewrite at any time), the
# benchmark sources with JMH's annotation processor against that, then runs the benchmarks matching REGEX (all
# when empty). The benchmarks use main classes only (no test fixtures), so the module's other test sources are
# not compiled here (`mvn verify` compiles the benchmarks with them).
jmh_module() {
  local m=$1 out=$2 only=$3 dir="$PF_REPO/$1/target/jmh" cp gen srcs=()
  shift 3
  step "$m: compiling into $dir (log: $out/$m-build.log)"
  mkdir -p "$dir/main" "$dir/classes" "$dir/generated"
  [[ -s $dir/cp.txt ]] && compgen -G "$out/proc/jmh-generator-annprocess-*.jar" >/dev/null \
    || { warn "$m: no classpath or no JMH processor in $dir (log: $out/resolve.log)"; return 1; }
  cp=$(cat "$dir/cp.txt")
  gen=$(ls "$out"/proc/jmh-generator-annprocess-*.jar | head -n1)
  # the main classes are compiled privately: other engineers' builds rewrite target/classes at any time
  find "$PF_REPO/$m/src/main/java" -name '*.java' >"$dir/main-sources.txt"
  "$PF_JAVA_HOME/bin/javac" --release 21 -nowarn -proc:none -parameters -encoding UTF-8 -cp "$cp" -d "$dir/main" \
    @"$dir/main-sources.txt" >>"$out/$m-build.log" 2>&1 \
    || { grep -E 'error:' "$out/$m-build.log" | head -n 10 >&2; warn "$m: its main code does not compile right now, skipped (log: $out/$m-build.log)"; return 1; }
  [[ -d "$PF_REPO/$m/src/main/resources" ]] && cp -r "$PF_REPO/$m/src/main/resources/." "$dir/main/"
  mapfile -t srcs < <(find "$PF_REPO/$m/src/test/java" -path '*/jmh/*' -name '*Benchmark.java' | sort)
  [[ ${#srcs[@]} -gt 0 ]] || { warn "$m: no src/test/java/**/jmh/*Benchmark.java"; return 1; }
  "$PF_JAVA_HOME/bin/javac" --release 21 -nowarn -proc:full -processorpath "$gen:$cp" \
    -cp "$dir/main:$cp" \
    -d "$dir/classes" -s "$dir/generated" "${srcs[@]}" >>"$out/$m-build.log" 2>&1 \
    || { tail -n 30 "$out/$m-build.log" >&2; warn "$m: compiling the benchmarks failed (log: $out/$m-build.log)"; return 1; }
  step "$m: running ${#srcs[@]} benchmark classes ($*; progress in $out/$m.txt)"
  # single-threaded TensorFlow, logs quiet; forks inherit the environment
  TF_CPP_MIN_LOG_LEVEL=2 TF_ENABLE_ONEDNN_OPTS=0 "$PF_JAVA" -Xmx512m \
    -cp "$dir/classes:$dir/main:$cp" \
    org.openjdk.jmh.Main ${only:+"$only"} -foe true -jvmArgsAppend "-Xmx1g --enable-native-access=ALL-UNNAMED" \
    -rf csv -rff "$out/$m.csv" "$@" >"$out/$m.txt" 2>&1
}
