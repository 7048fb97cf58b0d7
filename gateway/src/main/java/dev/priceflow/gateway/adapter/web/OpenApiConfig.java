package dev.priceflow.gateway.adapter.web;

import dev.priceflow.contracts.api.ShopperProfile;
import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.contracts.events.SearchPerformed;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public API document. Controllers describe themselves; endpoints that are only routes (no controller
 * here) are added by hand below, so the document lists every endpoint a client can call.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BEARER = "keycloak-jwt";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final List<Class<? extends CommerceEvent>> EVENT_TYPES = List.of(ProductViewed.class,
            AddedToCart.class, PurchaseCompleted.class, SearchPerformed.class, CompetitorPriceObserved.class);

    static {
        // Money travels as decimal strings ("19.99"), never JSON numbers: every BigDecimal on the wire does.
        SpringDocUtils.getConfig().replaceWithSchema(BigDecimal.class, decimal());
    }

    private static Schema<String> decimal() {
        return new StringSchema().format("decimal").example("19.99");
    }
    private static final String PROBLEM = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenAPI priceflowApi() {
        return new OpenAPI()
                .info(new Info().title("Priceflow API").version("v1")
                        .description("Personal prices, behaviour events and shopper profiles. Every call needs a "
                                + "Keycloak access token of realm 'priceflow'."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer routedEndpoints() {
        return api -> {
            ModelConverters.getInstance().readAll(ShopperProfile.class).forEach(api.getComponents()::addSchemas);
            Operation me = new Operation()
                    .addTagsItem("Profiles")
                    .summary("The signed-in shopper's profile (routed to user-profile)")
                    .operationId("myProfile")
                    .responses(new ApiResponses()
                            .addApiResponse("200", new ApiResponse().description("The profile").content(
                                    new Content().addMediaType("application/json", new MediaType().schema(
                                            new Schema<>().$ref("#/components/schemas/ShopperProfile")))))
                            .addApiResponse("401", problem("No valid token"))
                            .addApiResponse("403", problem("Not a shopper"))
                            .addApiResponse("503", problem("user-profile unavailable")));
            api.path("/api/v1/profiles/me", new PathItem().get(me));
            describeEventTypes(api);
        };
    }

    /** CommerceEvent is a sealed union on "type"; the generated schema only knows the discriminator. */
    @SuppressWarnings("rawtypes")
    private static void describeEventTypes(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Discriminator discriminator = new Discriminator().propertyName("type");
        Schema<Object> union = new Schema<>();
        for (Class<? extends CommerceEvent> type : EVENT_TYPES) {
            String name = type.getSimpleName();
            ModelConverters.getInstance().readAll(type).forEach(schemas::putIfAbsent);
            Schema event = schemas.get(name);
            event.addProperty("type", new StringSchema()._enum(List.of(name)));
            event.addRequiredItem("type");
            union.addOneOfItem(new Schema<>().$ref(SCHEMAS + name));
            discriminator.mapping(name, SCHEMAS + name);
        }
        schemas.put("CommerceEvent", union.discriminator(discriminator));
        // Read outside springdoc's converter chain, so the BigDecimal rule above is applied by hand.
        if (schemas.get("Money") != null) {
            schemas.get("Money").addProperty("amount", decimal());
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM,
                new MediaType().schema(new Schema<>().type("object"))));
    }
}
