package io.github.camellambdacloud.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camellambdacloud.client.Instance;
import io.github.camellambdacloud.client.JsonMapping;
import io.github.camellambdacloud.client.LaunchResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * The baseline: the calls the connector makes, written directly on a pooled HttpClient 5 and one Jackson
 * {@link ObjectMapper} configured like the client's, parsing into the same records. It has no rate limiter, no
 * retries and no error mapping beyond rejecting a non-2xx status.
 */
public final class RawApiClient implements AutoCloseable {

    /** {@code {"data": [...]}} of {@code GET /instances}. */
    public record InstanceList(List<Instance> data) {}

    record InstanceBody(Instance data) {}

    record LaunchBody(LaunchResult data) {}

    record TerminateBody(Terminated data) {

        record Terminated(List<Instance> terminatedInstances) {}
    }

    private final CloseableHttpClient httpClient;
    private final ObjectMapper mapper = JsonMapping.newObjectMapper();
    private final ObjectReader listReader = mapper.readerFor(InstanceList.class);
    private final ObjectReader instanceReader = mapper.readerFor(InstanceBody.class);
    private final ObjectReader launchReader = mapper.readerFor(LaunchBody.class);
    private final ObjectReader terminateReader = mapper.readerFor(TerminateBody.class);
    private final String baseUrl;
    private final String authorization;

    public RawApiClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.authorization = "Bearer " + apiKey;
        this.httpClient = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().build())
                .disableAutomaticRetries()
                .build();
    }

    /** Returns the {@code ObjectReader} for {@code GET /instances} bodies. */
    public ObjectReader listReader() {
        return listReader;
    }

    public List<Instance> listInstances() throws IOException {
        return this.<InstanceList>execute(new HttpGet(baseUrl + "/instances"), listReader).data();
    }

    /** Sends {@code GET /instances} and reads the body without parsing it: the cost of the transport alone. */
    public long listInstancesUnparsed() throws IOException {
        return httpClient.execute(prepare(new HttpGet(baseUrl + "/instances")), response -> {
            try (InputStream content = response.getEntity().getContent()) {
                return content.transferTo(OutputStream.nullOutputStream());
            }
        });
    }

    public Instance getInstance(String id) throws IOException {
        return this.<InstanceBody>execute(new HttpGet(baseUrl + "/instances/" + id), instanceReader).data();
    }

    public LaunchResult launchInstance(Object launchRequest) throws IOException {
        HttpPost post = new HttpPost(baseUrl + "/instance-operations/launch");
        post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(launchRequest), ContentType.APPLICATION_JSON));
        return this.<LaunchBody>execute(post, launchReader).data();
    }

    public List<Instance> terminateInstances(List<String> ids) throws IOException {
        HttpPost post = new HttpPost(baseUrl + "/instance-operations/terminate");
        byte[] body = mapper.writeValueAsBytes(java.util.Map.of("instance_ids", ids));
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        return this.<TerminateBody>execute(post, terminateReader).data().terminatedInstances();
    }

    private <T> T execute(HttpUriRequestBase request, ObjectReader reader) throws IOException {
        return httpClient.execute(prepare(request), response -> {
            if (response.getCode() / 100 != 2) {
                throw new IOException("HTTP " + response.getCode() + " from " + request.getRequestUri());
            }
            try (InputStream content = response.getEntity().getContent()) {
                return reader.readValue(content);
            }
        });
    }

    private HttpUriRequestBase prepare(HttpUriRequestBase request) {
        request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        request.setHeader(HttpHeaders.ACCEPT, ContentType.APPLICATION_JSON.getMimeType());
        request.setHeader(HttpHeaders.USER_AGENT, "raw-baseline");
        return request;
    }

    @Override
    public void close() throws IOException {
        httpClient.close();
    }
}
