package dev.priceflow.gateway.admin.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

    static final UserAccount ADAM = new UserAccount("adam", "adam", null, null, null, true, Set.of(Role.ADMIN));
    static final UserAccount BOB = new UserAccount("bob", "bob", null, null, null, true, Set.of(Role.SHOPPER));

    @Test
    void onlyChangesThatRemoveTheLastActiveAdminAreRejected() {
        assertThat(AccessRules.rejection(ADAM, new AccessChange.RevokeRole(Role.ADMIN), List.of("adam")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("adam is the last enabled administrator"));
        assertThat(AccessRules.rejection(ADAM, new AccessChange.SetEnabled(false), List.of("adam"))).isPresent();
        assertThat(AccessRules.rejection(ADAM, new AccessChange.RevokeRole(Role.ADMIN), List.of("adam", "eve")))
                .isEmpty();
        assertThat(AccessRules.rejection(ADAM, new AccessChange.RevokeRole(Role.MARKETING), List.of("adam")))
                .isEmpty();
        assertThat(AccessRules.rejection(BOB, new AccessChange.SetEnabled(false), List.of())).isEmpty();
    }

    @Test
    void everyChangeIsUndoneByItsInverse() {
        for (AccessChange change : List.of(new AccessChange.GrantRole(Role.ADMIN),
                new AccessChange.RevokeRole(Role.SHOPPER), new AccessChange.SetEnabled(false))) {
            assertThat(change.inverse().inverse()).isEqualTo(change);
            assertThat(change.inverse().action()).isNotEqualTo(change.action());
        }
    }
}
