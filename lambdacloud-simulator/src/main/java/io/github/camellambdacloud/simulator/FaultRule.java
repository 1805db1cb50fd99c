package io.github.camellambdacloud.simulator;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Selector of the requests that get a {@link Fault}: an optional HTTP method, a path pattern, a share of the
 * matching requests and how many times the rule fires. Instances are immutable, and the {@code with…}
 * methods return copies.
 *
 * <p>The path pattern is a regular expression matched against the whole path after {@code /api/v1}, for example
 * {@code /instances/.*} or {@code /instance-operations/launch}.
 */
public final class FaultRule {

    /** Value of {@link #times()} for a rule that never runs out. */
    public static final int UNLIMITED = -1;

    private final String method;
    private final Pattern path;
    private final double share;
    private final int times;
    private final Fault fault;

    private FaultRule(String method, Pattern path, double share, int times, Fault fault) {
        this.method = method;
        this.path = path;
        this.share = share;
        this.times = times;
        this.fault = fault;
    }

    /** Creates a rule for every request whose method and path match; {@code method} may be {@code null} for any. */
    public static FaultRule matching(String method, String pathRegex, Fault fault) {
        return new FaultRule(
                method == null ? null : method.toUpperCase(java.util.Locale.ROOT),
                Pattern.compile(Objects.requireNonNull(pathRegex, "pathRegex")),
                1.0,
                UNLIMITED,
                Objects.requireNonNull(fault, "fault"));
    }

    /** Creates a rule for every request, whatever its method and path. */
    public static FaultRule always(Fault fault) {
        return matching(null, ".*", fault);
    }

    /**
     * Returns a copy that fires for only a share of the matching requests, chosen with the simulator's seeded
     * random generator so that a run can be repeated.
     *
     * @param share probability between 0 and 1
     */
    public FaultRule withShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("Invalid share " + share + ": expected a value between 0 and 1");
        }
        return new FaultRule(method, path, share, times, fault);
    }

    /** Returns a copy that fires for the next {@code count} requests it selects and is then removed. */
    public FaultRule withTimes(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Invalid count " + count + ": expected at least 1");
        }
        return new FaultRule(method, path, share, count, fault);
    }

    /** Returns the HTTP method this rule matches, or {@code null} for any method. */
    public String method() {
        return method;
    }

    /** Returns the path pattern, relative to {@code /api/v1}. */
    public Pattern path() {
        return path;
    }

    /** Returns the share of matching requests that get the fault. */
    public double share() {
        return share;
    }

    /** Returns how many times the rule fires, or {@link #UNLIMITED}. */
    public int times() {
        return times;
    }

    /** Returns the fault to apply. */
    public Fault fault() {
        return fault;
    }

    boolean matches(String requestMethod, String relativePath) {
        boolean methodMatches = method == null || method.equals(requestMethod);
        return methodMatches && path.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return (method == null ? "*" : method) + " " + path + " -> " + fault
                + (share < 1 ? " (share " + share + ")" : "")
                + (times == UNLIMITED ? "" : " (" + times + " times)");
    }
}
