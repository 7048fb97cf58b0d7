package dev.priceflow.kit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rule every service's ArchUnit test applies: a {@code ..domain..} package is plain Java — no
 * Spring, no Reactor, no I/O, no wire-format or database libraries.
 */
public final class DomainPurityRules {

    private DomainPurityRules() {
    }

    public static ArchRule domainIsPlainJava() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "reactor..", "io.netty..", "java.io..", "java.nio..",
                        "java.net..", "java.sql..", "io.r2dbc..", "org.apache.kafka..", "io.lettuce..",
                        "co.elastic..", "tools.jackson..", "com.fasterxml.jackson..", "org.tensorflow..")
                .allowEmptyShould(true)
                .because("the domain holds business rules only; adapters do the I/O");
    }
}
