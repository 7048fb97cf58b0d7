package dev.priceflow.kit.security;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's strict firewall with its header and parameter-name character rules checked by a loop instead
 * of its regular expressions ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, values also allowing tab), which ran
 * over every header — the ~1,500-character token included — on every request. Same rules: every code point
 * assigned and not a control character (a tab allowed in header values).
 */
public final class HeaderFirewall {

    private HeaderFirewall() {
    }

    public static StrictServerWebExchangeFirewall strict() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        Predicate<String> names = value -> assignedAndNotControl(value, false);
        firewall.setAllowedHeaderNames(names);
        firewall.setAllowedHeaderValues(value -> assignedAndNotControl(value, true));
        firewall.setAllowedParameterNames(names); // parameter values: any, as in Spring Security's default
        return firewall;
    }

    /**
     * Whether the firewall above would let these headers through (names and values, the same rules): for code that
     * answers a request before the security filter chain sees it (the gateway's cached-price fast path).
     */
    public static boolean allows(HttpHeaders headers) {
        return allows(headers, null);
    }

    /**
     * {@link #allows(HttpHeaders)} without looking at the values of the header {@code checkedElsewhere} (its name
     * is still checked): for a value the caller has already checked by stricter rules, such as a bearer token.
     */
    public static boolean allows(HttpHeaders headers, String checkedElsewhere) {
        for (Map.Entry<String, List<String>> header : headers.headerSet()) {
            if (!assignedAndNotControl(header.getKey(), false)) {
                return false;
            }
            if (header.getKey().equalsIgnoreCase(checkedElsewhere)) {
                continue;
            }
            for (String value : header.getValue()) {
                if (!assignedAndNotControl(value, true)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code null} (no value) is allowed, as by Spring Security's own predicates. */
    static boolean assignedAndNotControl(String value, boolean tabAllowed) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f) { // printable ASCII: always allowed
                i++;
                continue;
            }
            int codePoint = value.codePointAt(i);
            int type = Character.getType(codePoint);
            boolean allowed = type != Character.UNASSIGNED && (type != Character.CONTROL || (tabAllowed && c == '\t'));
            if (!allowed) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
