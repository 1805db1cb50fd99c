package io.github.camellambdacloud.component;

/** JSON bodies shaped like the API's responses, with ids in the API's 32-hex format. */
final class ApiFixtures {

    static final String INSTANCE_ID = "5b1e0f6a9c2d4e7f8a1b2c3d4e5f6a7b";
    static final String BOOTING_ID = "a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5";
    static final String SSH_KEY_ID = "ddf9a910ceb744a0bb95242cbba6cb50";
    static final String FILE_SYSTEM_ID = "7c9e3b2a1d4f4e5a9b8c7d6e5f4a3b2c";
    static final String RULESET_ID = "c4d291f47f9d436fa39f58493ce3b50d";

    static final String INSTANCE_TYPE_A10 = """
            {"name": "gpu_1x_a10", "description": "1x A10 (24 GB PCIe)", "gpu_description": "A10 (24 GB PCIe)",
             "price_cents_per_hour": 75, "specs": {"vcpus": 30, "memory_gib": 200, "storage_gib": 1400, "gpus": 1}}""";

    static final String REGION = "{\"name\": \"us-east-1\", \"description\": \"Virginia, USA\"}";

    static String instance(String id, String status) {
        return """
                {"id": "%s", "name": "camel-worker-1", "ip": "192.0.2.45", "private_ip": "10.19.60.24",
                 "status": "%s", "ssh_key_names": ["camel-key"], "file_system_names": [],
                 "region": %s, "instance_type": %s, "hostname": "camel-worker-1",
                 "jupyter_token": "jt-secret", "jupyter_url": "https://jupyter.example/?token=jt-secret",
                 "actions": {"restart": {"available": true}, "terminate": {"available": true}},
                 "tags": [{"key": "owner", "value": "camel"}]}"""
                .formatted(id, status, REGION, INSTANCE_TYPE_A10);
    }

    /** A booting instance launched without a name: no name, ip, private_ip, hostname or Jupyter fields. */
    static final String BOOTING_INSTANCE = """
            {"id": "%s", "status": "booting", "ssh_key_names": ["camel-key"], "file_system_names": [],
             "region": %s, "instance_type": %s,
             "actions": {"terminate": {"available": false, "reason_code": "vm-has-not-launched"}}, "tags": []}"""
            .formatted(BOOTING_ID, REGION, INSTANCE_TYPE_A10);

    static final String RULE_SSH =
            "{\"protocol\": \"tcp\", \"port_range\": [22, 22], \"source_network\": \"0.0.0.0/0\", \"description\": \"SSH\"}";

    static final String RULESET = """
            {"id": "%s", "name": "camel-web", "region": %s, "rules": [%s],
             "created": "2026-01-15T09:12:44.000000+00:00", "instance_ids": []}"""
            .formatted(RULESET_ID, REGION, RULE_SSH);

    static final String FILE_SYSTEM = """
            {"id": "%s", "name": "datasets", "mount_point": "/lambda/nfs/datasets",
             "created": "2025-10-02T14:21:07.512000+00:00",
             "created_by": {"id": "3da5a70a57a7422ea8a7203f98b2198b", "email": "ops@example.com", "status": "active"},
             "is_in_use": false, "region": %s, "bytes_used": 52613349376}"""
            .formatted(FILE_SYSTEM_ID, REGION);

    static String data(String json) {
        return "{\"data\": " + json + "}";
    }

    private ApiFixtures() {}
}
