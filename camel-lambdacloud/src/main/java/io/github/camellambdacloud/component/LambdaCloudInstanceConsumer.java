package io.github.camellambdacloud.component;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellambdacloud.client.Instance;
import io.github.camellambdacloud.client.InstanceStatus;
import io.github.camellambdacloud.client.JsonMapping;
import io.github.camellambdacloud.client.LambdaCloudApiException;
import io.github.camellambdacloud.client.LambdaCloudClient;
import io.github.camellambdacloud.client.LambdaCloudErrorCodes;
import io.github.camellambdacloud.client.LambdaCloudException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls {@code GET /instances} and emits one exchange per observed instance change: an appearance, a status change,
 * or a disappearance that {@code GET /instances/{id}} confirmed.
 *
 * <p>A failed poll emits nothing and throws a {@link LambdaCloudPollException}, so Camel's exception handler, backoff
 * and consumer health check see it; the next good poll compares with the last good snapshot. An exchange that fails
 * in the route goes to the exception handler, and the snapshot still advances past its change, so no change is
 * emitted twice.
 */
public class LambdaCloudInstanceConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(LambdaCloudInstanceConsumer.class);

    /** The health check detail that contains the API's error code of the last failed poll. */
    static final String ERROR_CODE_DETAIL = "lambdacloud.error.code";

    private static final ObjectMapper STATE_MAPPER = JsonMapping.newObjectMapper();

    private final Clock clock;
    private final Map<String, Long> lastConfirmationPoll = new HashMap<>();
    private InstanceFilter filter;
    private String stateKey;
    private volatile InstanceSnapshot snapshot;
    private long pollCount;
    private String storedJson;

    public LambdaCloudInstanceConsumer(LambdaCloudEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        Clock configured = endpoint.getConfiguration().getClock();
        this.clock = configured == null ? Clock.systemUTC() : configured;
    }

    @Override
    public LambdaCloudEndpoint getEndpoint() {
        return (LambdaCloudEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        LambdaCloudConfiguration configuration = getEndpoint().getConfiguration();
        if (configuration.getMaxConfirmationsPerPoll() < 0) {
            throw new IllegalArgumentException("Invalid maxConfirmationsPerPoll "
                    + configuration.getMaxConfirmationsPerPoll() + ": expected 0 or more.");
        }
        filter = InstanceFilter.parse(configuration);
        snapshot = null;
        storedJson = null;
        lastConfirmationPoll.clear();

        StateRepository<String, String> repository = configuration.getStateRepository();
        if (repository != null) {
            stateKey = configuration.getStateKey() != null ? configuration.getStateKey() : defaultStateKey();
            ServiceHelper.startService(repository);
            snapshot = loadSnapshot(repository);
        }

        LOG.info("Watching Lambda Cloud instances at {} every {}; filters: {}; {}", configuration.getBaseUrl(),
                describePollInterval(getTimeUnit().toMillis(getDelay()), configuration), filter.describe(),
                describeStart());
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        ServiceHelper.stopService(getEndpoint().getConfiguration().getStateRepository());
    }

    @Override
    protected int poll() throws Exception {
        pollCount++;
        LambdaCloudClient client = getEndpoint().getClient();
        return emitChanges(client, listInstances(client));
    }

    /**
     * Compares a listed fleet with the snapshot, confirms disappearances, advances the snapshot and emits one
     * exchange per change; returns the number emitted. Separate from {@link #poll()} so that the work after the
     * HTTP call can be measured on its own.
     */
    int emitChanges(LambdaCloudClient client, List<Instance> list) {
        Instant observedAt = clock.instant();

        InstanceSnapshot previous = snapshot;
        InstanceDiff diff = InstanceDiff.compute(previous, list, filter);
        LOG.trace("Listed {} instances, {} watched, {} changed, {} missing",
                list.size(), diff.watched(), diff.changes().size(), diff.missing().size());

        List<InstanceEvent> events = new ArrayList<>();
        if (previous != null || getEndpoint().getConfiguration().isEmitInitialState()) {
            events.addAll(diff.changes());
        }
        List<Instance> unconfirmed = new ArrayList<>();
        confirmMissing(client, diff.missing(), events, unconfirmed);

        snapshot = diff.nextSnapshot(unconfirmed);

        Emission emission = emit(events, observedAt);
        if (!emission.undelivered().isEmpty()) {
            // The consumer or its route stopped during this poll. The snapshot keeps these instances as they were,
            // so the first poll after a restart from the stored snapshot reports their changes.
            snapshot = snapshot.without(emission.undelivered(), previous);
        }
        storeSnapshot();
        return emission.emitted();
    }

    /**
     * The result of emitting a poll's events.
     *
     * @param emitted the number of exchanges the route took
     * @param undelivered the events from the first one the route rejected because it was stopping, in order
     */
    record Emission(int emitted, List<InstanceEvent> undelivered) {}

    /**
     * Emits one exchange per event whose status the filter lets through. Emitting ends at the first event that finds
     * the consumer stopping, or that the route rejects while the consumer is stopping. That event and the rest are
     * returned as undelivered.
     */
    Emission emit(List<InstanceEvent> events, Instant observedAt) {
        int emitted = 0;
        for (int i = 0; i < events.size(); i++) {
            InstanceEvent event = events.get(i);
            if (!filter.emitsStatus(event.status())) {
                continue;
            }
            if (!isRunAllowed() || !emit(event, observedAt)) {
                LOG.info("Stopped before {} of {} instance events of this poll were processed; they are sent after a"
                        + " restart if a state repository keeps the snapshot", events.size() - i, events.size());
                return new Emission(emitted, List.copyOf(events.subList(i, events.size())));
            }
            emitted++;
        }
        return new Emission(emitted, List.of());
    }

    private List<Instance> listInstances(LambdaCloudClient client) {
        try {
            return client.listInstances();
        } catch (LambdaCloudException e) {
            throw pollFailed("Failed to list Lambda Cloud instances", e);
        }
    }

    /**
     * Looks up instances missing from the list, at most {@code maxConfirmationsPerPoll} of them, those confirmed
     * least recently first. A 404 or a terminal status confirms a disappearance. An instance that is still alive, or
     * that was not looked up in this poll, stays in the snapshot. A failed lookup fails the whole poll.
     */
    private void confirmMissing(
            LambdaCloudClient client, List<Instance> missing, List<InstanceEvent> events, List<Instance> unconfirmed) {
        List<Instance> candidates = new ArrayList<>(missing);
        candidates.sort(Comparator.comparingLong(instance -> lastConfirmationPoll.getOrDefault(instance.id(), 0L)));
        int budget = getEndpoint().getConfiguration().getMaxConfirmationsPerPoll();

        List<Instance> confirmedGone = new ArrayList<>();
        for (Instance known : candidates) {
            if (budget == 0) {
                LOG.trace("Instance {} is missing from the list; its lookup waits for a later poll", known.id());
                unconfirmed.add(known);
                continue;
            }
            budget--;
            lastConfirmationPoll.put(known.id(), pollCount);

            Instance confirmed = lookUpGone(client, known);
            if (confirmed == null) {
                LOG.trace("Instance {} is missing from the list but still exists; no event", known.id());
                unconfirmed.add(known);
            } else {
                confirmedGone.add(known);
                events.add(InstanceEvent.disappeared(known, confirmed));
            }
        }
        for (Instance instance : confirmedGone) {
            lastConfirmationPoll.remove(instance.id());
        }
    }

    /** Returns the last seen copy of an instance that is gone, or null when the instance still exists. */
    private Instance lookUpGone(LambdaCloudClient client, Instance known) {
        Instance current;
        try {
            current = client.getInstance(known.id());
        } catch (LambdaCloudApiException e) {
            if (isNotFound(e)) {
                return known;
            }
            throw pollFailed("Failed to confirm that instance " + known.id() + " is gone", e);
        } catch (LambdaCloudException e) {
            throw pollFailed("Failed to confirm that instance " + known.id() + " is gone", e);
        }
        boolean terminal = InstanceStatus.TERMINATED.equals(current.status())
                || InstanceStatus.PREEMPTED.equals(current.status());
        return terminal ? current : null;
    }

    /**
     * Wraps a client failure and records its error code as a health check detail. Both HTTP details are cleared
     * first, because Camel keeps error details until a poll succeeds and a later failure may have neither.
     */
    private LambdaCloudPollException pollFailed(String message, LambdaCloudException cause) {
        LambdaCloudPollException failure = new LambdaCloudPollException(message, cause);
        Map<String, Object> details = getLastErrorDetails();
        if (details != null) {
            details.remove(HealthCheck.HTTP_RESPONSE_CODE);
            details.remove(ERROR_CODE_DETAIL);
        }
        if (failure.getErrorCode() != null) {
            addLastErrorDetail(ERROR_CODE_DETAIL, failure.getErrorCode());
        }
        return failure;
    }

    /** Checks for the API's own 404 error codes, so a proxy's 404 page does not report a disappearance. */
    private static boolean isNotFound(LambdaCloudApiException e) {
        return e.statusCode() == 404
                && (LambdaCloudErrorCodes.OBJECT_DOES_NOT_EXIST.equals(e.errorCode())
                        || LambdaCloudErrorCodes.NOT_FOUND.equals(e.errorCode()));
    }

    /**
     * Sends one exchange; returns false when the route rejected it while this consumer is stopping. A rejection while
     * the consumer runs, for example by a full thread pool, is a failed exchange like any other.
     */
    private boolean emit(InstanceEvent event, Instant observedAt) {
        Instance instance = event.instance();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Instance {} ({}): {} {} -> {}", instance.id(), instance.name(), event.type(),
                    event.previousStatus(), event.status());
        }

        Exchange exchange = createExchange(true);
        try {
            Message message = exchange.getIn();
            message.setBody(instance);
            message.setHeader(LambdaCloudConstants.EVENT_TYPE, event.type());
            message.setHeader(LambdaCloudConstants.INSTANCE_ID, instance.id());
            message.setHeader(LambdaCloudConstants.INSTANCE_NAME, instance.name());
            message.setHeader(LambdaCloudConstants.PREVIOUS_STATUS,
                    event.previousStatus() == null ? null : event.previousStatus().value());
            message.setHeader(LambdaCloudConstants.STATUS, event.status().value());
            message.setHeader(LambdaCloudConstants.REGION_NAME, instance.regionName());
            message.setHeader(LambdaCloudConstants.INSTANCE_TYPE_NAME, instance.instanceTypeName());
            message.setHeader(LambdaCloudConstants.OBSERVED_AT, observedAt);

            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        // Camel rejects exchanges this way once a route is stopping; the event was not processed.
        boolean rejected = exchange.getException() instanceof RejectedExecutionException && !isRunAllowed();
        if (exchange.getException() != null && !rejected) {
            getExceptionHandler().handleException("Failed to process " + event.type() + " event of instance "
                    + instance.id() + "; the consumer will not emit it again", exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
        return !rejected;
    }

    private InstanceSnapshot loadSnapshot(StateRepository<String, String> repository) {
        String json = repository.getState(stateKey);
        if (json == null) {
            return null;
        }
        try {
            return InstanceSnapshot.fromJson(STATE_MAPPER, json);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + " Under key '" + stateKey + "' of the state repository;"
                    + " remove that key to start from a new baseline.", e);
        }
    }

    private void storeSnapshot() {
        StateRepository<String, String> repository = getEndpoint().getConfiguration().getStateRepository();
        if (repository == null) {
            return;
        }
        String json = snapshot.toJson(STATE_MAPPER);
        if (!json.equals(storedJson)) {
            repository.setState(stateKey, json);
            storedJson = json;
        }
    }

    private String defaultStateKey() {
        String routeId = getRouteId();
        return "lambdacloud-instances:" + (routeId != null ? routeId : getEndpoint().getEndpointKey());
    }

    /**
     * Describes the poll interval for the start log. Every request waits for its slot in the rate limiter, so polls
     * are never closer than {@code requestInterval}. A bound client's limiter is not visible here, so then only the
     * delay is shown.
     */
    static String describePollInterval(long delayMillis, LambdaCloudConfiguration configuration) {
        long requestInterval = configuration.getRequestInterval();
        if (configuration.getLambdaCloudClient() != null || delayMillis >= requestInterval) {
            return delayMillis + " ms";
        }
        return requestInterval + " ms in effect (delay " + delayMillis + " ms is shorter than requestInterval "
                + requestInterval + " ms, and the rate limiter spaces requests by requestInterval)";
    }

    private String describeStart() {
        if (stateKey == null) {
            return "the first poll takes the baseline";
        }
        if (snapshot == null) {
            return "no stored snapshot under '" + stateKey + "', so the first poll takes the baseline";
        }
        return "resuming from the stored snapshot of " + snapshot.size() + " instances under '" + stateKey + "'";
    }

    @Override
    public String toString() {
        return "LambdaCloudInstanceConsumer[" + URISupport.sanitizeUri(getEndpoint().getEndpointUri()) + "]";
    }
}
