package io.github.camellambdacloud.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour that the simulator shows instead of, or before, its normal response.
 *
 * <p>Faults are applied before authentication and rate limiting, as a proxy or load balancer in front of the
 * API would. Create them with the static factories and register them through {@link FaultRule}.
 */
public final class Fault {

    enum Kind {
        DELAY,
        CLOSE_CONNECTION,
        JSON_ERROR,
        HTML_PAGE,
        EMPTY_BODY,
        NON_JSON_BODY,
        EMPTY_JSON_OBJECT
    }

    private final Kind kind;
    private final int status;
    private final Duration delay;
    private final String code;
    private final String text;
    private final boolean afterProcessing;

    private Fault(Kind kind, int status, Duration delay, String code, String text, boolean afterProcessing) {
        this.kind = kind;
        this.status = status;
        this.delay = delay;
        this.code = code;
        this.text = text;
        this.afterProcessing = afterProcessing;
    }

    private Fault(Kind kind, int status, Duration delay, String code, String text) {
        this(kind, status, delay, code, text, false);
    }

    /** Creates a fault that waits {@code delay} on the server thread and then responds normally. */
    public static Fault delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("Invalid delay " + delay + ": must not be negative");
        }
        return new Fault(Kind.DELAY, 0, delay, null, null);
    }

    /**
     * Creates a fault that closes the connection without sending a status line. The JDK server closes the socket
     * normally, so clients see an end of stream rather than a TCP reset.
     */
    public static Fault closeConnection() {
        return new Fault(Kind.CLOSE_CONNECTION, 0, null, null, null);
    }

    /** Creates a fault that responds with the API's JSON error envelope, for example 500 {@code global/unknown}. */
    public static Fault error(int status, String code, String message) {
        return new Fault(Kind.JSON_ERROR, checkStatus(status), null, Objects.requireNonNull(code, "code"),
                Objects.requireNonNull(message, "message"));
    }

    /** Creates a fault that responds with a {@code text/html} error page, as a load balancer does for 502 or 503. */
    public static Fault htmlPage(int status) {
        return new Fault(Kind.HTML_PAGE, checkStatus(status), null, null, null);
    }

    /** Creates a fault that responds with {@code status} and a zero-length body. */
    public static Fault emptyBody(int status) {
        return new Fault(Kind.EMPTY_BODY, checkStatus(status), null, null, null);
    }

    /** Creates a fault that responds with {@code status} and {@code text} as a {@code text/plain} body. */
    public static Fault nonJsonBody(int status, String text) {
        return new Fault(Kind.NON_JSON_BODY, checkStatus(status), null, null, Objects.requireNonNull(text, "text"));
    }

    /** Creates a fault that responds with {@code status} and the JSON body {@code {}}. */
    public static Fault emptyJsonObject(int status) {
        return new Fault(Kind.EMPTY_JSON_OBJECT, checkStatus(status), null, null, null);
    }

    /**
     * Returns a copy that the simulator shows after it has processed the request normally, so the request takes
     * effect (a launch creates its instance) but the client gets the fault instead of the response. This models a
     * server or proxy failing after the API applied a write. A delay fault cannot be shown afterwards.
     */
    public Fault afterProcessing() {
        if (kind == Kind.DELAY) {
            throw new IllegalArgumentException("Invalid fault: a delay cannot be applied after processing.");
        }
        return new Fault(kind, status, delay, code, text, true);
    }

    private static int checkStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("Invalid HTTP status " + status + ": expected 100..599");
        }
        return status;
    }

    boolean isAfterProcessing() {
        return afterProcessing;
    }

    Kind kind() {
        return kind;
    }

    int status() {
        return status;
    }

    Duration delayDuration() {
        return delay;
    }

    String code() {
        return code;
    }

    String text() {
        return text;
    }

    @Override
    public String toString() {
        return (afterProcessing ? "after processing, " : "") + describeKind();
    }

    private String describeKind() {
        return switch (kind) {
            case DELAY -> "delay " + delay;
            case CLOSE_CONNECTION -> "close connection";
            case JSON_ERROR -> status + " " + code;
            case HTML_PAGE -> status + " HTML page";
            case EMPTY_BODY -> status + " empty body";
            case NON_JSON_BODY -> status + " non-JSON body";
            case EMPTY_JSON_OBJECT -> status + " {}";
        };
    }
}
