package dev.priceflow.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class FrameworkProblemsTest {

    @Test
    void aFrameworkProblemGetsThePriceflowTypeOfItsStatusAndASpecificTypeIsKept() {
        assertThat(FrameworkProblems.typed(ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), HttpStatus.BAD_REQUEST)
                .getType().toString()).isEqualTo("https://priceflow.dev/problems/invalid-request");
        assertThat(FrameworkProblems.typed(ProblemDetail.forStatus(415), HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .getType().toString()).isEqualTo("https://priceflow.dev/problems/invalid-request");
        assertThat(FrameworkProblems.typed(ProblemDetail.forStatus(404), HttpStatus.NOT_FOUND)
                .getType().toString()).isEqualTo("https://priceflow.dev/problems/not-found");
        ProblemDetail specific = ProblemDetail.forStatus(409);
        specific.setType(java.net.URI.create("https://priceflow.dev/problems/promotion-code-refused"));
        assertThat(FrameworkProblems.typed(specific, HttpStatus.CONFLICT).getType().toString())
                .endsWith("promotion-code-refused");
    }
}
