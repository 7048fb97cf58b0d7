package dev.priceflow.profile;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.priceflow.kit.DomainPurityRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.priceflow.profile");

    @Test
    void domainIsPlainJava() {
        DomainPurityRules.domainIsPlainJava().check(CLASSES);
    }
}
