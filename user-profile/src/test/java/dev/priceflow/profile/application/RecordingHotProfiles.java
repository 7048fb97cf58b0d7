package dev.priceflow.profile.application;

import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.ProfileFeatures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A test double of {@link HotProfiles} that keeps what was published and can fail. */
public final class RecordingHotProfiles implements HotProfiles {

    public final List<Profile> published = new ArrayList<>();
    public final Map<String, Profile> current = new LinkedHashMap<>();
    public boolean failing;

    @Override
    public void publish(Profile profile, ProfileFeatures features) {
        fail();
        published.add(profile);
        current.put(profile.userId(), profile);
    }

    @Override
    public void delete(String userId) {
        fail();
        current.remove(userId);
    }

    @Override
    public long deleteAll() {
        long n = current.size();
        current.clear();
        return n;
    }

    private void fail() {
        if (failing) {
            throw new IllegalStateException("redis timeout");
        }
    }
}
