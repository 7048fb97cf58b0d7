package dev.priceflow.gateway.admin.application;

/** The signed-in administrator making a change: JWT subject and username, for the audit log. */
public record Actor(String id, String username) {
}
