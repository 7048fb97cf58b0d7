package dev.priceflow.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeaderFirewallTest {

    /** Spring Security's own rules (StrictServerWebExchangeFirewall). */
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void decidesAsSpringSecuritysPatternsOnRandomText() {
        Random random = new Random(20261126L);
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int n = 0; n < length; n++) {
                text.append(switch (random.nextInt(5)) {
                    case 0 -> (char) random.nextInt(0x20);            // controls, tab
                    case 1 -> (char) (0x7f + random.nextInt(0x30));   // DEL, C1 controls, Latin-1
                    case 2 -> (char) random.nextInt(0x10000);         // anything, lone surrogates, unassigned
                    case 3 -> new String(Character.toChars(0x10000 + random.nextInt(0x30000)));
                    default -> (char) (0x20 + random.nextInt(0x5f));  // printable ASCII
                });
            }
            String value = text.toString();
            boolean name = NAMES.matcher(value).matches();
            assertThat(HeaderFirewall.assignedAndNotControl(value, false)).as("name %d", i).isEqualTo(name);
            assertThat(HeaderFirewall.assignedAndNotControl(value, true)).as("value %d", i)
                    .isEqualTo(VALUES.matcher(value).matches());
            refused += name ? 0 : 1;
        }
        assertThat(refused).as("the cases include refused text").isGreaterThan(1_000);
    }

    @Test
    void noValueIsAllowedAsBySpringSecurity() {
        assertThat(HeaderFirewall.assignedAndNotControl(null, false)).isTrue();
        assertThat(HeaderFirewall.assignedAndNotControl(null, true)).isTrue();
    }

    @Test
    void headersPassWhenEveryNameAndValuePassesExceptAValueCheckedElsewhere() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.add("Accept", "application/json");
        headers.add("Authorization", "Bearer abc");
        assertThat(HeaderFirewall.allows(headers)).isTrue();
        headers.add("X-Note", "fine\tand\u00e9");
        assertThat(HeaderFirewall.allows(headers)).isTrue();
        headers.add("X-Note", "bell\u0007");
        assertThat(HeaderFirewall.allows(headers)).as("a second value").isFalse();
        headers.remove("X-Note");
        headers.set("Authorization", "Bearer \u0000");
        assertThat(HeaderFirewall.allows(headers)).isFalse();
        assertThat(HeaderFirewall.allows(headers, "authorization")).isTrue();
        headers.add("X-\u0001", "v");
        assertThat(HeaderFirewall.allows(headers, "authorization")).as("names are always checked").isFalse();
    }
}
