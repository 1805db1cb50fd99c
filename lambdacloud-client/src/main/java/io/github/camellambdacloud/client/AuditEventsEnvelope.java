package io.github.camellambdacloud.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;

/**
 * The body of {@code GET /audit-events}. API 1.10 sends {@code {"data": [events], "page_token": ...}}; API 1.8 sent
 * {@code {"data": {"events": [events], "page_token": ...}}}. Both parse while the body is read, so a body of neither
 * shape fails as an invalid response like any other.
 */
record AuditEventsEnvelope(Payload data, String pageToken) implements ApiTransport.Envelope {

    @Override
    public String problem() {
        return data == null ? "it has no data field" : null;
    }

    AuditEventPage toPage() {
        return new AuditEventPage(data.events(), pageToken != null ? pageToken : data.pageToken());
    }

    /** The {@code data} member in either shape. */
    @JsonDeserialize(using = PayloadDeserializer.class)
    record Payload(List<AuditEvent> events, String pageToken) {}

    /** The API 1.8 form of {@code data}. */
    record EventsObject(List<AuditEvent> events, String pageToken) {}

    static final class PayloadDeserializer extends StdDeserializer<Payload> {

        private static final long serialVersionUID = 1L;

        PayloadDeserializer() {
            super(Payload.class);
        }

        @Override
        public Payload deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.isExpectedStartArrayToken()) {
                JavaType events = context.getTypeFactory().constructCollectionType(List.class, AuditEvent.class);
                List<AuditEvent> parsed = context.readValue(parser, events);
                return new Payload(parsed, null);
            }
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                EventsObject object = context.readValue(parser, EventsObject.class);
                return new Payload(object.events(), object.pageToken());
            }
            return (Payload) context.handleUnexpectedToken(Payload.class, parser);
        }
    }
}
