package dev.priceflow.gateway.events.adapter.web;

import static dev.priceflow.kit.KeycloakRealmRoles.ADMIN;
import static dev.priceflow.kit.KeycloakRealmRoles.MARKETING;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.contracts.api.EventBatchResult;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.gateway.GatewayProperties;
import dev.priceflow.gateway.adapter.web.Problems;
import dev.priceflow.gateway.events.application.EventIntake;
import dev.priceflow.gateway.events.application.IntakeResult;
import dev.priceflow.gateway.events.domain.Sender;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/events}: a batch of behaviour (or, for marketing/admin, market) events. */
@Tag(name = "Events")
@RestController
@RequestMapping("/api/v1/events")
class EventController {

    private static final Set<String> MARKET_ROLES = Set.of("ROLE_" + MARKETING, "ROLE_" + ADMIN);

    private final EventIntake intake;
    private final EventBatchReader reader;

    EventController(EventIntake intake, JsonMapper json, GatewayProperties properties) {
        this.intake = intake;
        this.reader = new EventBatchReader(json, properties.events().maxBatchSize());
    }

    @Operation(summary = "Report a batch of events",
            description = "The body is a JSON array of CommerceEvent (with a 'type' discriminator), at most the "
                    + "configured batch size. Each element is judged alone; behaviour events must carry the "
                    + "signed-in shopper's id. 202 lists what was accepted and why the rest was rejected.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = CommerceEvent.class)))))
    @ApiResponse(responseCode = "202", description = "Valid events are in the event log", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EventBatchResult.class)))
    @ApiResponse(responseCode = "400", description = "Not a JSON array, or empty", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "413", description = "Too many events in one batch", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "503", description = "The event log did not confirm; resend the batch",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<?>> submit(@io.swagger.v3.oas.annotations.Parameter(hidden = true)
                                   @RequestBody(required = false) String body, JwtAuthenticationToken auth) {
        return switch (reader.read(body)) {
            case EventBatchReader.Batch.Refused refused -> Mono.just(
                    Problems.response(refused.status(), ProblemTypes.INVALID_REQUEST, refused.detail()));
            case EventBatchReader.Batch.Elements elements ->
                    intake.submit(sender(auth), elements.elements()).map(EventController::answer);
        };
    }

    private static Sender sender(JwtAuthenticationToken auth) {
        boolean market = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(MARKET_ROLES::contains);
        return new Sender(auth.getToken().getSubject(), market);
    }

    private static ResponseEntity<?> answer(IntakeResult result) {
        return switch (result) {
            case IntakeResult.Done done -> ResponseEntity.status(HttpStatus.ACCEPTED)
                    .contentType(MediaType.APPLICATION_JSON).body(done.result());
            case IntakeResult.NotSent notSent -> notSent(notSent);
        };
    }

    private static ResponseEntity<ProblemDetail> notSent(IntakeResult.NotSent notSent) {
        ResponseEntity<ProblemDetail> response = Problems.response(HttpStatus.SERVICE_UNAVAILABLE,
                ProblemTypes.DEPENDENCY_UNAVAILABLE, notSent.notSent() + " of " + notSent.valid()
                        + " valid events were not confirmed by the event log; nothing in this batch counts as "
                        + "accepted. Resend the whole batch (duplicates are dropped by eventId).");
        response.getBody().setProperty("notSent", notSent.notSent());
        response.getBody().setProperty("valid", notSent.valid());
        return response;
    }
}
