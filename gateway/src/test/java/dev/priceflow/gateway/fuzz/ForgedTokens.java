package dev.priceflow.gateway.fuzz;

import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authorization header values that must all get 401, made from a real Keycloak token of the endpoint's user:
 * its payload re-signed with {@code alg: none}, a random signature, a random HMAC key, HMAC keyed with the realm's
 * own RSA public key (algorithm confusion), a payload raised to admin
 * under the original signature, and garbage of several shapes. Random parts come from the run's seed.
 */
final class ForgedTokens {

    static final String ALG_CONFUSION = "HS256 keyed with the realm's RSA public key (alg confusion)";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {
    }

    static Map<String, String> forge(String realToken, Random random, byte[] realmPublicKeyPem) {
        String[] parts = realToken.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        // every role and an hour more: what an attacker would want the gateway to believe
        String raised = payload.replaceFirst("\"roles\"\\s*:\\s*\\[", "\"roles\":[\"admin\",\"marketing\",\"shopper\",")
                .replaceFirst("\"exp\"\\s*:\\s*(\\d+)", "\"exp\":" + (System.currentTimeMillis() / 1000 + 3600));
        String raisedB64 = B64.encodeToString(raised.getBytes(StandardCharsets.UTF_8));
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("alg none", "Bearer " + b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + raisedB64 + ".");
        forged.put("alg None, signature kept", "Bearer " + b64("{\"alg\":\"None\"}") + "." + parts[1] + "." + parts[2]);
        forged.put("random signature", "Bearer " + parts[0] + "." + parts[1] + "." + B64.encodeToString(bytes(random, 256)));
        forged.put("raised payload, original signature", "Bearer " + parts[0] + "." + raisedB64 + "." + parts[2]);
        forged.put("HS256 with a random key", "Bearer " + hs256(raisedB64, bytes(random, 32)));
        forged.put(ALG_CONFUSION, "Bearer " + hs256(raisedB64, realmPublicKeyPem));
        forged.put("garbage", "Bearer not.a.jwt");
        forged.put("empty bearer", "Bearer ");
        forged.put("basic auth with the demo password", "Basic " + Base64.getEncoder().encodeToString(
                "alice:alice".getBytes(StandardCharsets.UTF_8)));
        forged.put("15 KB random token", "Bearer " + B64.encodeToString(bytes(random, 11_000)));
        forged.put("two segments", "Bearer " + parts[0] + "." + parts[1]);
        return forged;
    }

    /** A real token from the realm's 1-second client, for the expired-token cases (used after the skew). */
    static String shortLived(URI keycloak, String user) throws Exception {
        String form = "grant_type=password&client_id=priceflow-expiry-probe&username=" + user + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/priceflow/protocol/openid-connect/token"))
                .timeout(RawHttp.TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(RawHttp.TIMEOUT).build()) {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            int start = body.indexOf("\"access_token\":\"");
            if (start < 0) {
                throw new IllegalStateException("no short-lived token from Keycloak for " + user);
            }
            start += 16;
            return body.substring(start, body.indexOf('"', start));
        }
    }

    /** The realm's first RSA signing key from its JWKS, as the PEM text an algorithm-confusion attack would use. */
    static byte[] realmPublicKeyPem(URI keycloak) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/priceflow/protocol/openid-connect/certs"))
                .timeout(RawHttp.TIMEOUT).build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(RawHttp.TIMEOUT).build()) {
            JsonNode keys = JsonMapper.builder().build().readTree(http.send(request, HttpResponse.BodyHandlers.ofString())
                    .body()).path("keys");
            for (JsonNode key : keys) {
                if ("RSA".equals(key.path("kty").asString("")) && !"enc".equals(key.path("use").asString(""))) {
                    Base64.Decoder url = Base64.getUrlDecoder();
                    RSAPublicKeySpec spec = new RSAPublicKeySpec(new BigInteger(1, url.decode(key.path("n").asString())),
                            new BigInteger(1, url.decode(key.path("e").asString())));
                    byte[] der = KeyFactory.getInstance("RSA").generatePublic(spec).getEncoded();
                    String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                            .encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
                    return pem.getBytes(StandardCharsets.US_ASCII);
                }
            }
        }
        throw new IllegalStateException("no RSA signing key in the realm's JWKS");
    }

    private static String hs256(String payloadB64, byte[] key) {
        try {
            String signingInput = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + payloadB64;
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(Random random, int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }
}
