package io.github.camellambdacloud.component;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Reads the inputs of one producer operation from a message. A header wins over the endpoint option of the same
 * name; the body is read only for inputs that take a typed request object, and a body of another type is rejected
 * with the type found and the type expected.
 */
final class MessageInputs {

    private final Message message;
    private final ApiCall call;

    private MessageInputs(Message message, ApiCall call) {
        this.message = message;
        this.call = call;
    }

    static MessageInputs of(Exchange exchange, ApiCall call) {
        return new MessageInputs(exchange.getMessage(), call);
    }

    /** Returns the header as a String, else the option value; null when neither is set. */
    String string(String header, String optionValue) {
        String value = message.getHeader(header, String.class);
        return value != null ? value : optionValue;
    }

    /** Returns the header as a String; null when it is not set. */
    String string(String header) {
        return string(header, null);
    }

    /**
     * Returns the header as a String, else the option value, or throws naming both.
     *
     * @param option the endpoint option's name, or null when the input has no endpoint option
     */
    String requiredString(String header, String option, String optionValue, String field) {
        String value = string(header, optionValue);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + field + " for " + call.describe() + ": set the " + header
                    + " header" + (option == null ? "" : " or the " + option + " endpoint option") + ".");
        }
        return value;
    }

    /**
     * Returns the header as a String, else the option value, or throws naming both and the request type the body
     * could have carried instead.
     */
    String requiredStringOrBody(String header, String option, String optionValue, String field, Class<?> bodyType) {
        String value = string(header, optionValue);
        if (value == null || value.isBlank()) {
            Object body = message.getBody();
            throw new IllegalArgumentException("Missing " + field + " for " + call.describe() + ": set the " + header
                    + " header or the " + option + " endpoint option, or send a body of type " + bodyType.getName()
                    + " (" + (body == null ? "the body is empty" : "found " + typeName(body)) + ").");
        }
        return value;
    }

    /** Returns the header as an Integer; null when it is not set. */
    Integer integer(String header) {
        Object value = message.getHeader(header);
        if (value == null) {
            return null;
        }
        Integer converted = message.getHeader(header, Integer.class);
        if (converted == null) {
            throw new IllegalArgumentException("Invalid " + header + " header '" + value + "' for " + call.describe()
                    + ": expected a whole number such as 1.");
        }
        return converted;
    }

    /** Returns the header as a time, from an OffsetDateTime or an ISO-8601 String; null when it is not set. */
    OffsetDateTime dateTime(String header) {
        Object value = message.getHeader(header);
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof String text) {
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Invalid " + header + " header '" + text + "' for "
                        + call.describe() + ": expected an ISO-8601 time with an offset, such as"
                        + " 2026-01-15T10:30:00Z.", e);
            }
        }
        throw wrongType(header + " header", "OffsetDateTime or an ISO-8601 String", value);
    }

    /** Returns the header as a list of Strings, from a Collection, an array or a comma-separated String; null when unset. */
    List<String> strings(String header) {
        Object value = message.getHeader(header);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
        }
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof Collection<?> collection) {
            return elementsOf(collection, String.class, header + " header", "List<String>");
        }
        throw wrongType(header + " header", "List<String> or a comma-separated String", value);
    }

    /** Returns the header as a list of the element type; null when it is not set. */
    <T> List<T> list(String header, Class<T> elementType) {
        Object value = message.getHeader(header);
        if (value == null) {
            return null;
        }
        String expected = "List<" + elementType.getSimpleName() + ">";
        if (value instanceof Collection<?> collection) {
            return elementsOf(collection, elementType, header + " header", expected);
        }
        throw wrongType(header + " header", expected, value);
    }

    /** Returns the header as a map of String to String, such as tags; null when it is not set. */
    Map<String, String> stringMap(String header) {
        Object value = message.getHeader(header);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw wrongType(header + " header", "Map<String, String>", value);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        map.forEach((key, entry) -> {
            if (!(key instanceof String) || !(entry instanceof String)) {
                throw invalidType(header + " header", "Map<String, String>",
                        "a Map with entry " + typeName(key) + "=" + typeName(entry));
            }
            entries.put((String) key, (String) entry);
        });
        return entries;
    }

    /**
     * Returns the body when it has the type; null when there is no body. A body of another type is rejected, and the
     * message ends with the fix.
     */
    <T> T body(Class<T> type, String fix) {
        Object body = message.getBody();
        if (body == null) {
            return null;
        }
        if (!type.isInstance(body)) {
            throw new IllegalArgumentException("Invalid body for " + call.describe() + ": expected " + type.getName()
                    + " but found " + typeName(body) + ". " + fix);
        }
        return type.cast(body);
    }

    /** Returns the body when it is a List of the element type; null when there is no body. */
    <T> List<T> bodyList(Class<T> elementType) {
        Object body = message.getBody();
        if (body == null) {
            return null;
        }
        String expected = "List<" + elementType.getName() + ">";
        if (!(body instanceof List<?> list)) {
            throw wrongType("body", expected, body);
        }
        return elementsOf(list, elementType, "body", expected);
    }

    /** Returns the header as a list of the element type, else the body as one, or throws naming both. */
    <T> List<T> requiredList(String header, Class<T> elementType, String field) {
        List<T> values = elementType == String.class ? castList(strings(header)) : list(header, elementType);
        if (values == null) {
            values = bodyList(elementType);
        }
        if (values == null) {
            throw new IllegalArgumentException("Missing " + field + " for " + call.describe() + ": set the " + header
                    + " header or send a List<" + elementType.getSimpleName() + "> body.");
        }
        return values;
    }

    private <T> List<T> elementsOf(Collection<?> collection, Class<T> elementType, String source, String expected) {
        List<T> elements = new ArrayList<>(collection.size());
        for (Object element : collection) {
            if (!elementType.isInstance(element)) {
                throw invalidType(source, expected, collection.getClass().getName() + " containing "
                        + typeName(element));
            }
            elements.add(elementType.cast(element));
        }
        return elements;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castList(List<String> strings) {
        return (List<T>) strings;
    }

    private IllegalArgumentException wrongType(String source, String expected, Object found) {
        return invalidType(source, expected, typeName(found));
    }

    private IllegalArgumentException invalidType(String source, String expected, String found) {
        return new IllegalArgumentException("Invalid " + source + " for " + call.describe() + ": expected "
                + expected + " but found " + found + ".");
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
