package dev.priceflow.kit.security;

import java.util.function.Predicate;
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
