package dev.priceflow.gateway.admin.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.gateway.admin.domain.AccessChange;
import dev.priceflow.gateway.admin.domain.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ManageAccessTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final Actor ADAM = new Actor("adam", "adam-name");

    final FakeDirectory directory = new FakeDirectory().with("adam", true, Role.ADMIN).with("bob", true, Role.SHOPPER);
    final FakeAuditLog audit = new FakeAuditLog();
    final ManageAccess access = new ManageAccess(directory, audit, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void grantingARoleChangesTheUserAndAuditsWhoWhenAndWhat() {
        StepVerifier.create(access.change(ADAM, "bob", new AccessChange.GrantRole(Role.MARKETING)))
                .assertNext(outcome -> assertThat(((AccessOutcome.Changed) outcome).user().roles())
                        .containsExactlyInAnyOrder(Role.SHOPPER, Role.MARKETING))
                .verifyComplete();
        assertThat(audit.entries).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo("adam");
            assertThat(e.actorName()).isEqualTo("adam-name");
            assertThat(e.at()).isEqualTo(NOW);
            assertThat(e.action()).isEqualTo("GRANT_ROLE");
            assertThat(e.role()).isEqualTo("marketing");
            assertThat(e.targetId()).isEqualTo("bob");
        });
    }

    @Test
    void aChangeThatChangesNothingIsNeitherAppliedNorAudited() {
        StepVerifier.create(access.change(ADAM, "bob", new AccessChange.GrantRole(Role.SHOPPER)))
                .assertNext(outcome -> assertThat(outcome).isInstanceOf(AccessOutcome.Unchanged.class))
                .verifyComplete();
        assertThat(directory.applied).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void theLastAdministratorCanNeitherLoseTheRoleNorBeDisabled() {
        StepVerifier.create(access.change(ADAM, "adam", new AccessChange.RevokeRole(Role.ADMIN)))
                .assertNext(outcome -> assertThat(((AccessOutcome.Refused) outcome).reason()).contains("last"))
                .verifyComplete();
        StepVerifier.create(access.change(ADAM, "adam", new AccessChange.SetEnabled(false)))
                .assertNext(outcome -> assertThat(outcome).isInstanceOf(AccessOutcome.Refused.class))
                .verifyComplete();
        assertThat(directory.applied).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void withASecondEnabledAdministratorTheFirstMayStepDown() {
        directory.with("eve", true, Role.ADMIN);
        StepVerifier.create(access.change(ADAM, "adam", new AccessChange.RevokeRole(Role.ADMIN)))
                .assertNext(outcome -> assertThat(outcome).isInstanceOf(AccessOutcome.Changed.class))
                .verifyComplete();
        assertThat(directory.users.get("adam").roles()).doesNotContain(Role.ADMIN);
    }

    @Test
    void aDisabledAdministratorDoesNotCountAsTheOtherOne() {
        directory.with("eve", false, Role.ADMIN);
        StepVerifier.create(access.change(ADAM, "adam", new AccessChange.RevokeRole(Role.ADMIN)))
                .assertNext(outcome -> assertThat(outcome).isInstanceOf(AccessOutcome.Refused.class))
                .verifyComplete();
    }

    @Test
    void whenTheAuditCannotBeWrittenTheChangeIsUndoneAndTheRequestFails() {
        audit.down = true;
        StepVerifier.create(access.change(ADAM, "bob", new AccessChange.GrantRole(Role.MARKETING)))
                .expectError(AdminDependencyException.class)
                .verify();
        assertThat(directory.users.get("bob").roles()).containsExactly(Role.SHOPPER);
        assertThat(directory.applied).containsExactly("GRANT_ROLE bob", "REVOKE_ROLE bob");
    }

    @Test
    void anUnknownUserIsNotFound() {
        StepVerifier.create(access.change(ADAM, "nobody", new AccessChange.SetEnabled(false)))
                .assertNext(outcome -> assertThat(outcome).isEqualTo(new AccessOutcome.NotFound("nobody")))
                .verifyComplete();
    }
}
