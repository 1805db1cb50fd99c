package io.github.camellambdacloud.component;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The API resource an endpoint works on, named as in its URI: {@code lambdacloud:instance-types}. */
public enum LambdaCloudResource {
    INSTANCES("instances"),
    INSTANCE_TYPES("instance-types"),
    SSH_KEYS("ssh-keys"),
    FILE_SYSTEMS("file-systems"),
    IMAGES("images"),
    REGIONS("regions"),
    FIREWALL_RULES("firewall-rules"),
    FIREWALL_RULESETS("firewall-rulesets"),
    AUDIT_EVENTS("audit-events");

    /** Every URI name, comma-separated, as the endpoint's {@code @UriPath} lists them. */
    public static final String URI_NAMES = "instances,instance-types,ssh-keys,file-systems,images,regions,"
            + "firewall-rules,firewall-rulesets,audit-events";

    private final String uriName;

    LambdaCloudResource(String uriName) {
        this.uriName = uriName;
    }

    /** Returns the name used in endpoint URIs. */
    public String uriName() {
        return uriName;
    }

    /** Returns the resource for a URI name, or throws naming the valid ones. */
    public static LambdaCloudResource fromUriName(String name) {
        return Arrays.stream(values())
                .filter(resource -> resource.uriName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Lambda Cloud resource '" + name
                        + "' in endpoint URI. Use one of: "
                        + Arrays.stream(values()).map(LambdaCloudResource::uriName).collect(Collectors.joining(", "))
                        + ", as in lambdacloud:instances?operation=list."));
    }
}
