# shellcheck shell=bash
# Keycloak 26.7.3 in dev mode on 127.0.0.1:8180 with the realm `priceflow`
# imported from infra/stack/keycloak/priceflow-realm.json. Runs from a private
# copy of the distribution (its dev database lives in home/data/h2).

KC_URL=http://127.0.0.1:8180

keycloak_ports() { echo 8180; }

keycloak_start() {
  local dir="$PF_DATA/keycloak" home="$PF_DATA/keycloak/home" admin_pw gw_secret sum
  if [[ "$(cat "$dir/home.version" 2>/dev/null)" != "$KC_VERSION" ]]; then
    rm -rf "$home" && mkdir -p "$dir"
    cp -a "$(kc_dist_dir)" "$home"
    echo "$KC_VERSION" >"$dir/home.version"
  fi
  # The bootstrap admin password only applies when the master realm is first
  # created: a new password (lost secrets dir) needs a fresh dev database.
  [[ -s "$PF_SECRETS/keycloak-admin" ]] || rm -rf "$home/data/h2"
  admin_pw=$(secret keycloak-admin)
  gw_secret=$(secret gateway-client-secret)
  pricing_secret=$(secret pricing-client-secret)
  mkdir -p "$home/data/import"
  ( umask 077
    sed -e "s|\${PRICEFLOW_GATEWAY_SECRET}|$gw_secret|g" -e "s|\${PRICEFLOW_PRICING_SECRET}|$pricing_secret|g" \
      "$PF_STACK/keycloak/priceflow-realm.json" \
      >"$home/data/import/priceflow-realm.json" )
  # --import-realm skips a realm that exists: a changed realm file needs a fresh database.
  sum=$(sha256sum <"$home/data/import/priceflow-realm.json" | cut -d' ' -f1)
  if [[ -d "$home/data/h2" && "$(cat "$dir/realm.sha256" 2>/dev/null)" != "$sum" ]]; then
    step "keycloak realm file changed: resetting its dev database for a clean import"
    rm -rf "$home/data/h2"
  fi
  echo "$sum" >"$dir/realm.sha256"
  spawn keycloak env JAVA_HOME="$PF_JAVA_HOME" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$admin_pw" \
    "$home/bin/kc.sh" start-dev --http-port 8180 --http-host 127.0.0.1 --import-realm
}

keycloak_healthy() { http_ok "$KC_URL/realms/priceflow/.well-known/openid-configuration"; }
keycloak_ready()   { keycloak_healthy; }

# Decodes the payload (claims) of the JWT $1.
jwt_claims() {
  local p
  p=$(cut -d. -f2 <<<"$1" | tr '_-' '/+')
  while (( ${#p} % 4 )); do p+='='; done
  base64 -d <<<"$p" 2>/dev/null
}

# Password grant for a demo user via priceflow-cli; prints the access token.
demo_token() {
  curl -fsS --max-time 10 "$KC_URL/realms/priceflow/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=priceflow-cli -d username="$1" -d password="$2" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# Smoke test of the realm: alice gets a token carrying realm role shopper.
keycloak_post_start() {
  local token claims
  token=$(demo_token alice alice) || true
  [[ -n $token ]] || die "keycloak: password grant for alice (client priceflow-cli) failed"
  claims=$(jwt_claims "$token")
  if [[ $claims != *'"realm_access":{"roles":['*'"shopper"'* || $claims != *'"preferred_username":"alice"'* ]]; then
    die "keycloak: alice's token lacks realm role shopper or preferred_username: $claims"
  fi
  step "keycloak realm priceflow verified (alice: token with role shopper)"
}
