package io.github.camellambdacloud.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Audit events in the order they were recorded, oldest first, served in pages. A page token encodes the
 * offset of the next event within the filtered list. Events are only appended, so a token stays valid while
 * new events arrive. Callers must own the simulator state's lock.
 */
final class AuditTrail {

    static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String TOKEN_PREFIX = "offset:";

    private final List<Payloads.AuditEventBody> events = new ArrayList<>();
    private final List<Instant> times = new ArrayList<>();
    private final int pageSize;
    private final String actorLrn;
    private final String ownerLrn;
    private final String apiKeyLrn;

    AuditTrail(int pageSize, String actorId, String accountId, String apiKeyId) {
        this.pageSize = pageSize;
        this.actorLrn = "lrn:cloud:identity:" + actorId;
        this.ownerLrn = "lrn:cloud:account:" + accountId;
        this.apiKeyLrn = "lrn:cloud:api_key:" + apiKeyId;
    }

    void record(String eventId, Instant time, String resourceName, String action, String resourceId,
            Map<String, String> details) {
        events.add(new Payloads.AuditEventBody(
                "cloud",
                resourceName,
                action,
                "2025-09-06",
                eventId,
                EVENT_TIME.format(time),
                actorLrn,
                List.of("lrn:cloud:" + resourceName + ":" + resourceId),
                ownerLrn,
                apiKeyLrn,
                details));
        times.add(time);
    }

    Payloads.AuditPage page(String start, String end, String pageToken, String resourceType) {
        Instant from = parseTime("start", start);
        Instant to = parseTime("end", end);
        List<Payloads.AuditEventBody> matching = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Payloads.AuditEventBody event = events.get(i);
            Instant time = times.get(i);
            boolean inRange = (from == null || !time.isBefore(from)) && (to == null || !time.isAfter(to));
            if (inRange && matchesType(event, resourceType)) {
                matching.add(event);
            }
        }

        int offset = parseToken(pageToken);
        if (offset > matching.size()) {
            throw ApiError.invalidParameters("page_token: Invalid page token");
        }
        int endIndex = Math.min(matching.size(), offset + pageSize);
        String nextToken = endIndex < matching.size() ? encodeToken(endIndex) : null;
        return new Payloads.AuditPage(List.copyOf(matching.subList(offset, endIndex)), nextToken);
    }

    void clear() {
        events.clear();
        times.clear();
    }

    /** Accepts {@code cloud.instance} (service and resource) or a bare {@code instance}. */
    private static boolean matchesType(Payloads.AuditEventBody event, String resourceType) {
        if (resourceType == null || resourceType.isEmpty()) {
            return true;
        }
        return resourceType.equals(event.serviceName() + "." + event.resourceName())
                || resourceType.equals(event.resourceName());
    }

    private static Instant parseTime(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiError.invalidParameters(field + ": Input should be a valid datetime, got '" + value + "'");
        }
    }

    private static int parseToken(String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!decoded.startsWith(TOKEN_PREFIX)) {
                throw ApiError.invalidParameters("page_token: Invalid page token");
            }
            int offset = Integer.parseInt(decoded.substring(TOKEN_PREFIX.length()));
            if (offset < 0) {
                throw ApiError.invalidParameters("page_token: Invalid page token");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            // Covers bad Base64 and NumberFormatException, both subclasses of IllegalArgumentException.
            throw ApiError.invalidParameters("page_token: Invalid page token");
        }
    }

    private static String encodeToken(int offset) {
        return Base64.getUrlEncoder().encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }
}
