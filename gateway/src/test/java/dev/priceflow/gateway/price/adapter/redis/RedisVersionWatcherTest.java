package dev.priceflow.gateway.price.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class RedisVersionWatcherTest {

    private static Properties flags(String value) {
        Properties config = new Properties();
        config.setProperty("notify-keyspace-events", value);
        return config;
    }

    @Test
    void keyspaceNotificationsForStringCommandsAreNeeded() {
        assertThat(RedisVersionWatcher.coversVersionChanges(flags("K$"))).isTrue();
        assertThat(RedisVersionWatcher.coversVersionChanges(flags("AK"))).isTrue();
        assertThat(RedisVersionWatcher.coversVersionChanges(flags("E$"))).as("keyevent only").isFalse();
        assertThat(RedisVersionWatcher.coversVersionChanges(flags("Kg"))).as("generic commands only").isFalse();
        assertThat(RedisVersionWatcher.coversVersionChanges(flags(""))).isFalse();
        assertThat(RedisVersionWatcher.coversVersionChanges(new Properties())).isFalse();
    }
}
