package dev.priceflow.pricing.promotion.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A promotion schedule's time zone and times as typed; each problem is reported against its field. */
final class ScheduleTimes {

    private ScheduleTimes() {
    }

    /** An IANA region id ("Europe/London", "America/New_York", "UTC"); null or blank: Europe/London. */
    static ZoneId zone(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return PromotionSpec.DEFAULT_ZONE;
        }
        String id = text.strip();
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/London, not " + id));
            return null;
        }
        return ZoneId.of(id);
    }

    /**
     * An instant ("2026-12-01T00:00:00Z", "2026-12-01T01:00:00+01:00") or a local date-time
     * ("2026-12-01T00:00") in {@code zone}. A local time that a daylight-saving change skips is moved forward by
     * the gap; one that occurs twice takes the earlier offset ({@link java.time.ZonedDateTime#of} rules).
     */
    static Instant instant(String field, String text, ZoneId zone, List<FieldError> errors) {
        String example = "an ISO-8601 instant (2026-12-01T00:00:00Z) or a local date-time in timeZone "
                + "(2026-12-01T00:00)";
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "is required: " + example));
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(t);
                return zone == null ? null : local.atZone(zone).toInstant(); // a bad zone is reported on its own
            } catch (DateTimeParseException notLocal) {
                errors.add(new FieldError(field, "must be " + example));
                return null;
            }
        }
    }
}
