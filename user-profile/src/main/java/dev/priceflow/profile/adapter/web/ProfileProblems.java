package dev.priceflow.profile.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.ProblemResponses;
import dev.priceflow.profile.application.EraseProfile;
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
        LOG.warn("profile store failed cause={}", e.getClass().getSimpleName());
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                "Dependency unavailable", "The profile store is unavailable; try again shortly");
    }

    @ExceptionHandler(EraseProfile.Incomplete.class)
    ProblemDetail erasureIncomplete(EraseProfile.Incomplete e) {
        LOG.warn("erasure incomplete cause={}", e.getCause().getClass().getSimpleName());
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                "Erasure incomplete", "Not every store confirmed the erasure; repeat the request to complete it");
    }

    @ExceptionHandler(ProfileNotFound.class)
    ProblemDetail notFound(ProfileNotFound e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Profile not found",
                "No profile is stored for this user id");
    }

    @ExceptionHandler(TooFewShoppers.class)
    ProblemDetail tooFewShoppers(TooFewShoppers e) {
        return ProblemResponses.problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Too few shoppers",
                "Fewer shoppers than segments have events; nothing was trained");
    }

    static final class ProfileNotFound extends RuntimeException {
        ProfileNotFound() {
            super("profile not found", null, false, false);
        }
    }

    static final class TooFewShoppers extends RuntimeException {
        TooFewShoppers() {
            super("too few shoppers", null, false, false);
        }
    }
}
