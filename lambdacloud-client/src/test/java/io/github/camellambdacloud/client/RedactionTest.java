package io.github.camellambdacloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void longEscapedValueIsRedacted() {
        // A generated RSA private key is about 1.7 KB of base64 lines joined by escaped newlines; this is larger.
        String pem = "-----BEGIN RSA PRIVATE KEY-----\\n" + "MIIEowIBAAKCAQEAsecret\\n".repeat(2_000)
                + "-----END RSA PRIVATE KEY-----";
        String json = "{\"data\": {\"id\": \"k1\", \"private_key\": \"" + pem + "\", \"name\": \"camel-key\"}}";

        String redacted = Redaction.redactJson(json);

        assertThat(redacted).isEqualTo(
                "{\"data\": {\"id\": \"k1\", \"private_key\":\"[redacted]\", \"name\": \"camel-key\"}}");
    }

    @Test
    void everySecretFieldIsRedacted() {
        String json = "{\"jupyter_token\": \"t\\\"1\", \"jupyter_url\" : \"https://j/?token=t1\","
                + " \"user_data\":\"#!/bin/sh\", \"ip\": \"192.0.2.1\"}";

        String redacted = Redaction.redactJson(json);

        assertThat(redacted).isEqualTo("{\"jupyter_token\":\"[redacted]\", \"jupyter_url\":\"[redacted]\","
                + " \"user_data\":\"[redacted]\", \"ip\": \"192.0.2.1\"}");
    }

    @Test
    void unterminatedValueIsRedactedToTheEnd() {
        String redacted = Redaction.redactJson("{\"private_key\": \"-----BEGIN");

        assertThat(redacted).isEqualTo("{\"private_key\":\"[redacted]\"");
    }
}
