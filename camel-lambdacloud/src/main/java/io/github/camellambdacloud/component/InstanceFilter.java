package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.Instance;
import io.github.camellambdacloud.client.InstanceStatus;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The consumer's filters, parsed once when the consumer starts. Region, instance type, name and tag decide which
 * instances are watched; the status filter decides which events are emitted, by the event's new status.
 */
final class InstanceFilter {

    private final Set<String> statuses;
    private final Set<String> regions;
    private final Set<String> instanceTypes;
    private final Pattern namePattern;
    private final String tagKey;
    private final String tagValue;

    private InstanceFilter(
            Set<String> statuses,
            Set<String> regions,
            Set<String> instanceTypes,
            Pattern namePattern,
            String tagKey,
            String tagValue) {
        this.statuses = statuses;
        this.regions = regions;
        this.instanceTypes = instanceTypes;
        this.namePattern = namePattern;
        this.tagKey = tagKey;
        this.tagValue = tagValue;
    }

    /**
     * Parses the filter options; an option that is null matches everything.
     *
     * @throws IllegalArgumentException when a list option has an empty entry, the name pattern is not a valid
     *     regular expression, or the tag filter has an empty key or value
     */
    static InstanceFilter parse(LambdaCloudConfiguration configuration) {
        Pattern namePattern = null;
        if (configuration.getNamePattern() != null) {
            try {
                namePattern = Pattern.compile(configuration.getNamePattern());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("Invalid namePattern '" + configuration.getNamePattern()
                        + "': not a valid Java regular expression (" + e.getDescription() + " near index "
                        + e.getIndex() + ").", e);
            }
        }

        String tagKey = null;
        String tagValue = null;
        String tagFilter = configuration.getTagFilter();
        if (tagFilter != null) {
            int separator = tagFilter.indexOf('=');
            tagKey = (separator < 0 ? tagFilter : tagFilter.substring(0, separator)).trim();
            tagValue = separator < 0 ? null : tagFilter.substring(separator + 1).trim();
            if (tagKey.isEmpty() || (tagValue != null && tagValue.isEmpty())) {
                throw new IllegalArgumentException("Invalid tagFilter '" + tagFilter
                        + "': expected key=value, or a key alone to match any value.");
            }
        }

        return new InstanceFilter(
                parseList("statusFilter", configuration.getStatusFilter()),
                parseList("regionFilter", configuration.getRegionFilter()),
                parseList("instanceTypeFilter", configuration.getInstanceTypeFilter()),
                namePattern,
                tagKey,
                tagValue);
    }

    /** Returns true when the instance's region, type, name and tags match. */
    boolean watches(Instance instance) {
        if (regions != null && !regions.contains(instance.regionName())) {
            return false;
        }
        if (instanceTypes != null && !instanceTypes.contains(instance.instanceTypeName())) {
            return false;
        }
        if (namePattern != null && (instance.name() == null || !namePattern.matcher(instance.name()).matches())) {
            return false;
        }
        if (tagKey == null) {
            return true;
        }
        return instance.tags().stream()
                .anyMatch(tag -> tagKey.equals(tag.key()) && (tagValue == null || tagValue.equals(tag.value())));
    }

    /** Returns true when an event whose new status is this one should be emitted. */
    boolean emitsStatus(InstanceStatus status) {
        return statuses == null || statuses.contains(status.value());
    }

    /** Returns the filters that are set, for the start-up log line; "none" when no filter is set. */
    String describe() {
        StringJoiner text = new StringJoiner(", ");
        text.setEmptyValue("none");
        if (statuses != null) {
            text.add("status in " + statuses);
        }
        if (regions != null) {
            text.add("region in " + regions);
        }
        if (instanceTypes != null) {
            text.add("instance type in " + instanceTypes);
        }
        if (namePattern != null) {
            text.add("name matches " + namePattern.pattern());
        }
        if (tagKey != null) {
            text.add("tag " + (tagValue == null ? tagKey : tagKey + "=" + tagValue));
        }
        return text.toString();
    }

    private static Set<String> parseList(String option, String value) {
        if (value == null) {
            return null;
        }
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : value.split(",", -1)) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("Invalid " + option + " '" + value
                        + "': expected a comma-separated list without empty entries.");
            }
            entries.add(trimmed);
        }
        return Collections.unmodifiableSet(entries);
    }
}
