package dev.priceflow.gateway.admin.application;

/** Keycloak or the audit store did not answer in time or refused: the admin request fails with 503. */
public class AdminDependencyException extends RuntimeException {

    public AdminDependencyException(String message, Throwable cause) {
        super(message, cause);
    }
}
