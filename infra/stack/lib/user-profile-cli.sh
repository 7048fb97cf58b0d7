# shellcheck shell=bash
# user-profile's command line: sourced by ./priceflow (needs common.sh and services.sh loaded first).

# Rebuilds every shopper profile from commerce.events as a one-off run of user-profile's jar (no web server,
# no live consumer): empties the profile tables (erasure markers stay) and the Redis hot profiles, re-reads the
# topic from the beginning with a fresh consumer, prints progress, retrains the segments. The running service
# keeps serving meanwhile (profiles read as empty until rebuilt). Exit status: 0 done, 1 failed, 2 bad usage.
cmd_rebuild_profiles() {
  local jar="$PF_REPO/user-profile/target/user-profile-0.1.0-SNAPSHOT.jar" line
  if [[ ${1:-} == -h || ${1:-} == --help ]]; then
    echo "usage: ./priceflow rebuild-profiles   (rebuilds all profiles from commerce.events; no options)"
    return 0
  fi
  [[ $# -eq 0 ]] || die "usage: ./priceflow rebuild-profiles"
  require_jdk
  init_dirs
  postgres_healthy || die "PostgreSQL is not running on 127.0.0.1:15432: ./priceflow up --servers-only"
  if [[ ! -f $jar ]]; then
    require_mvn
    step "building user-profile (log: $PF_LOGS/build.log)"
    mvn_logged "$PF_LOGS/build.log" -DskipTests -pl user-profile -am install \
      || die "build failed (log: $PF_LOGS/build.log)"
  fi
  while IFS= read -r line; do export "${line?}"; done < <(stack_env)
  "$PF_JAVA" -Xmx512m --enable-native-access=ALL-UNNAMED -Dloader.main=dev.priceflow.profile.RebuildProfilesMain -cp "$jar" \
    org.springframework.boot.loader.launch.PropertiesLauncher
}
