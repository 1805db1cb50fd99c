package io.github.camellambdacloud.client;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camellambdacloud.client.Payloads.FILE_SYSTEM;
import static io.github.camellambdacloud.client.Payloads.FILE_SYSTEM_ID;
import static io.github.camellambdacloud.client.Payloads.SSH_KEY_ID;
import static io.github.camellambdacloud.client.Payloads.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SSH keys, file systems, images and regions. */
class AccountResourcesTest extends WireMockTestSupport {

    private static final String PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk2camelpublickey camel@host";

    @Test
    void listSshKeysParsesKeys() {
        server.stubFor(get(urlPathEqualTo("/api/v1/ssh-keys")).willReturn(okJson(data("""
                [{"id": "%s", "name": "camel-key", "public_key": "%s"}]
                """.formatted(SSH_KEY_ID, PUBLIC_KEY)))));

        List<SshKey> keys = client.listSshKeys();

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).isEqualTo("/api/v1/ssh-keys");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(keys).containsExactly(new SshKey(SSH_KEY_ID, "camel-key", PUBLIC_KEY, null));
    }

    @Test
    void addSshKeySendsPublicKey() {
        server.stubFor(post(urlPathEqualTo("/api/v1/ssh-keys")).willReturn(okJson(data("""
                {"id": "%s", "name": "camel-key", "public_key": "%s"}
                """.formatted(SSH_KEY_ID, PUBLIC_KEY)))));

        SshKey key = client.addSshKey("camel-key", PUBLIC_KEY);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo("/api/v1/ssh-keys");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(jsonBody(request))
                .isEqualTo(parseJson("{\"name\": \"camel-key\", \"public_key\": \"" + PUBLIC_KEY + "\"}"));
        assertThat(key.id()).isEqualTo(SSH_KEY_ID);
        assertThat(key.publicKey()).isEqualTo(PUBLIC_KEY);
        assertThat(key.privateKey()).isNull();
    }

    @Test
    void generatedSshKeyReturnsPrivateKey() {
        server.stubFor(post(urlPathEqualTo("/api/v1/ssh-keys")).willReturn(okJson(data("""
                {"id": "1a2b3c4d5e6f40718293a4b5c6d7e8f9", "name": "camel-generated",
                 "public_key": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCgenerated", "private_key": "%s"}
                """.formatted(Payloads.PRIVATE_KEY)))));

        SshKey key = client.addSshKey("camel-generated", null);

        LoggedRequest request = onlyRequest();
        assertThat(jsonBody(request)).isEqualTo(parseJson("{\"name\": \"camel-generated\"}"));
        assertThat(key.name()).isEqualTo("camel-generated");
        assertThat(key.publicKey()).startsWith("ssh-rsa ");
        assertThat(key.privateKey()).startsWith("-----BEGIN RSA PRIVATE KEY-----\n");
        assertThat(key.privateKey()).endsWith("-----END RSA PRIVATE KEY-----\n");
    }

    @Test
    void deleteSshKeyById() {
        server.stubFor(delete(urlPathEqualTo("/api/v1/ssh-keys/" + SSH_KEY_ID)).willReturn(okJson(data("{}"))));

        client.deleteSshKey(SSH_KEY_ID);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("DELETE");
        assertThat(request.getUrl()).isEqualTo("/api/v1/ssh-keys/" + SSH_KEY_ID);
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(request.getBodyAsString()).isEmpty();
    }

    @Test
    void listFileSystemsUsesHyphenatedPath() {
        server.stubFor(get(urlPathEqualTo("/api/v1/file-systems")).willReturn(okJson(data("[" + FILE_SYSTEM + "]"))));

        List<FileSystem> fileSystems = client.listFileSystems();

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).isEqualTo("/api/v1/file-systems");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(fileSystems).hasSize(1);
        FileSystem fileSystem = fileSystems.get(0);
        assertThat(fileSystem.id()).isEqualTo(FILE_SYSTEM_ID);
        assertThat(fileSystem.name()).isEqualTo("datasets");
        assertThat(fileSystem.mountPoint()).isEqualTo("/lambda/nfs/datasets");
        assertThat(fileSystem.created())
                .isEqualTo(OffsetDateTime.of(2025, 10, 2, 14, 21, 7, 512_000_000, ZoneOffset.UTC));
        assertThat(fileSystem.createdBy())
                .isEqualTo(new FileSystemCreator("3da5a70a57a7422ea8a7203f98b2198b", "ops@example.com", "active"));
        assertThat(fileSystem.isInUse()).isTrue();
        assertThat(fileSystem.region().name()).isEqualTo("us-east-1");
        assertThat(fileSystem.bytesUsed()).isEqualTo(52_613_349_376L);
    }

    @Test
    void createFileSystemUsesUnhyphenatedPath() {
        String created = FILE_SYSTEM.replace("\"is_in_use\": true", "\"is_in_use\": false")
                .replaceAll(",\\s*\"bytes_used\": 52613349376", "");
        server.stubFor(post(urlPathEqualTo("/api/v1/filesystems")).willReturn(okJson(data(created))));

        FileSystem fileSystem = client.createFileSystem("datasets", "us-east-1");

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo("/api/v1/filesystems");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(jsonBody(request)).isEqualTo(parseJson("{\"name\": \"datasets\", \"region\": \"us-east-1\"}"));
        assertThat(fileSystem.id()).isEqualTo(FILE_SYSTEM_ID);
        assertThat(fileSystem.isInUse()).isFalse();
        assertThat(fileSystem.bytesUsed()).isNull();
    }

    @Test
    void deleteFileSystemReturnsDeletedIds() {
        server.stubFor(delete(urlPathEqualTo("/api/v1/filesystems/" + FILE_SYSTEM_ID))
                .willReturn(okJson(data("{\"deleted_ids\": [\"" + FILE_SYSTEM_ID + "\"]}"))));

        List<String> deleted = client.deleteFileSystem(FILE_SYSTEM_ID);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("DELETE");
        assertThat(request.getUrl()).isEqualTo("/api/v1/filesystems/" + FILE_SYSTEM_ID);
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(deleted).containsExactly(FILE_SYSTEM_ID);
    }

    @Test
    void listImagesParsesEntriesPerRegion() {
        server.stubFor(get(urlPathEqualTo("/api/v1/images")).willReturn(okJson(data("""
                [{"id": "21c00c0d-7a24-49ad-8192-a6858dd00dad", "created_time": "2025-07-07T15:20:25.091000+00:00",
                  "updated_time": "2025-08-20T00:46:42.725Z", "name": "Lambda Stack 24.04",
                  "description": "AI ready GPU image with CUDA, Docker, and ML frameworks",
                  "family": "lambda-stack-24-04", "version": "24.4.2-1459", "architecture": "x86_64",
                  "region": {"name": "us-south-2", "description": "North Texas, USA"}},
                 {"id": "21c00c0d-7a24-49ad-8192-a6858dd00dad", "created_time": "2025-07-07T15:20:25.091000+00:00",
                  "updated_time": "2025-08-20T00:46:42.725000+00:00", "name": "Lambda Stack 22.04 ARM",
                  "description": "ARM image", "family": "lambda-stack-22-04", "version": "22.4.1",
                  "architecture": "arm64", "region": {"name": "us-east-3", "description": "Washington DC, USA"}}]
                """))));

        List<Image> images = client.listImages();

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/api/v1/images");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(images).hasSize(2);
        Image first = images.get(0);
        assertThat(first.id()).isEqualTo("21c00c0d-7a24-49ad-8192-a6858dd00dad");
        assertThat(first.createdTime())
                .isEqualTo(OffsetDateTime.of(2025, 7, 7, 15, 20, 25, 91_000_000, ZoneOffset.UTC));
        assertThat(first.updatedTime())
                .isEqualTo(OffsetDateTime.of(2025, 8, 20, 0, 46, 42, 725_000_000, ZoneOffset.UTC));
        assertThat(first.family()).isEqualTo("lambda-stack-24-04");
        assertThat(first.version()).isEqualTo("24.4.2-1459");
        assertThat(first.architecture()).isEqualTo("x86_64");
        assertThat(first.region().name()).isEqualTo("us-south-2");
        assertThat(images.get(1).architecture()).isEqualTo("arm64");
    }

    @Test
    void listRegionsParsesNames() {
        server.stubFor(get(urlPathEqualTo("/api/v1/regions")).willReturn(okJson(data("""
                [{"name": "us-east-1", "description": "Virginia, USA"},
                 {"name": "europe-central-1", "description": "Germany"},
                 {"name": "mars-north-1"}]
                """))));

        List<Region> regions = client.listRegions();

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/api/v1/regions");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(regions).containsExactly(new Region("us-east-1", "Virginia, USA"),
                new Region("europe-central-1", "Germany"), new Region("mars-north-1", null));
    }
}
