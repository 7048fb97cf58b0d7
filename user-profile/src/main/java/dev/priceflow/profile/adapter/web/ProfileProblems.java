package dev.priceflow.profile.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** problem+json for failures of the profile endpoints. Reads fail closed: no stale or invented profile. */
@RestControllerAdvice
class ProfileProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileProblems.class);

    @ExceptionHandler(DataAccessException.class)
    ProblemDetail databaseUnavailable(DataAccessException e) {
        LOG.warn("profile read failed cause={}", e.getClass().getSimpleName());
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                "Dependency unavailable", "The profile store is unavailable; try again shortly");
    }
}
