package dev.priceflow.profile;

import dev.priceflow.profile.adapter.kafka.ProfileRebuild;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./priceflow rebuild-profiles}: rebuilds every profile from the Kafka log as a one-off run of this jar
 * (no web server, no live consumer, no scheduled training), started through PropertiesLauncher with
 * {@code -Dloader.main=dev.priceflow.profile.RebuildProfilesMain}. Exit status 0 when done, 1 on failure, 2 on
 * bad usage.
 */
public final class RebuildProfilesMain {

    static final String USAGE = """
            usage: ./priceflow rebuild-profiles
              Rebuilds all shopper profiles from commerce.events: empties user-profile's profiles, processed
              event ids, segment models and Redis hot profiles, re-reads the topic from the beginning with a
              fresh consumer (erased shoppers stay erased), prints progress, then retrains the segments.""";

    private RebuildProfilesMain() {
    }

    public static void main(String[] args) {
        if (!List.of(args).isEmpty()) {
            System.err.println(USAGE);
            System.exit(List.of(args).contains("--help") || List.of(args).contains("-h") ? 0 : 2);
        }
        int status = 0;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(UserProfileApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.kafka.listener.auto-startup=false", "priceflow.profile.segments.scheduled=false",
                        "spring.main.banner-mode=off", "spring.main.log-startup-info=false",
                        "logging.level.root=WARN")
                .run()) {
            context.getBean(ProfileRebuild.class).run(System.out);
        } catch (RuntimeException e) {
            System.err.println("rebuild failed: " + e);
            status = 1;
        }
        System.exit(status);
    }
}
