package io.github.camellambdacloud.client;

/** Response bodies shaped like the API's, with realistic values. */
final class Payloads {

    static final String ACTIVE_ID = "5b1e0f6a9c2d4e7f8a1b2c3d4e5f6a7b";
    static final String BOOTING_ID = "a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5";
    static final String FILE_SYSTEM_ID = "7c9e3b2a1d4f4e5a9b8c7d6e5f4a3b2c";
    static final String RULESET_ID = "c4d291f47f9d436fa39f58493ce3b50d";
    static final String SSH_KEY_ID = "ddf9a910ceb744a0bb95242cbba6cb50";
    static final String CLUSTER_ID = "0920582c7ff041399e34823a0be62549";
    static final String JUPYTER_TOKEN = "4f1c9a7e2b3d4c5e6f708192a3b4c5d6";
    static final String PRIVATE_KEY = "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAsecretkeymaterial\\n"
            + "-----END RSA PRIVATE KEY-----\\n";

    static final String A10_TYPE = """
            {"name": "gpu_1x_a10", "description": "1x A10 (24 GB PCIe)", "gpu_description": "A10 (24 GB PCIe)",
             "price_cents_per_hour": 75, "specs": {"vcpus": 30, "memory_gib": 200, "storage_gib": 1400, "gpus": 1}}
            """;

    static final String ACTIVE_INSTANCE = """
            {"id": "%s", "name": "camel-worker-1",
             "ip": "192.0.2.45", "private_ip": "10.19.60.24", "status": "active",
             "ssh_key_names": ["camel-key"], "file_system_names": ["datasets"],
             "file_system_mounts": [{"mount_point": "/lambda/nfs/datasets", "file_system_id": "%s"}],
             "region": {"name": "us-east-1", "description": "Virginia, USA"},
             "instance_type": %s,
             "hostname": "192-0-2-45", "jupyter_token": "%s",
             "jupyter_url": "https://jupyter-5b1e.lambdaspaces.com/?token=%s",
             "actions": {"migrate": {"available": false, "reason_code": "vm-is-too-old",
                                     "reason_description": "This instance is too old to migrate."},
                         "rebuild": {"available": true}, "restart": {"available": true},
                         "cold_reboot": {"available": true}, "terminate": {"available": true}},
             "tags": [{"key": "owner", "value": "camel"}],
             "firewall_rulesets": [{"id": "%s"}],
             "is_reserved": false}
            """.formatted(ACTIVE_ID, FILE_SYSTEM_ID, A10_TYPE, JUPYTER_TOKEN, JUPYTER_TOKEN, RULESET_ID);

    // A booting, unnamed instance: the API omits name, ip, private_ip, hostname, the Jupyter fields and mounts.
    static final String BOOTING_INSTANCE = """
            {"id": "%s", "status": "booting",
             "ssh_key_names": ["camel-key"], "file_system_names": [],
             "region": {"name": "us-east-1", "description": "Virginia, USA"},
             "instance_type": %s,
             "actions": {"migrate": {"available": false, "reason_code": "vm-has-not-launched"},
                         "rebuild": {"available": false, "reason_code": "vm-has-not-launched"},
                         "restart": {"available": false, "reason_code": "vm-has-not-launched"},
                         "cold_reboot": {"available": false, "reason_code": "vm-has-not-launched"},
                         "terminate": {"available": false, "reason_code": "vm-has-not-launched"}},
             "tags": []}
            """.formatted(BOOTING_ID, A10_TYPE);

    static final String INSTANCE_TYPES = """
            {"data": {
              "gpu_1x_a10": {"instance_type": %s,
                             "regions_with_capacity_available": [{"name": "us-east-1", "description": "Virginia, USA"},
                                                                 {"name": "us-west-1", "description": "California, USA"}]},
              "gpu_1x_gh200": {"instance_type": {"name": "gpu_1x_gh200", "description": "1x GH200 (96 GB)",
                                                 "gpu_description": "GH200 (96 GB)", "price_cents_per_hour": 149,
                                                 "specs": {"vcpus": 64, "memory_gib": 432, "storage_gib": 4096, "gpus": 1}},
                               "regions_with_capacity_available": []},
              "cpu_4x_general": {"instance_type": {"name": "cpu_4x_general", "description": "4x CPU General (16 GiB)",
                                                   "gpu_description": "N/A", "price_cents_per_hour": "80",
                                                   "specs": {"vcpus": 4, "memory_gib": 16, "storage_gib": 100, "gpus": 0}},
                                 "regions_with_capacity_available": []}
            }}
            """.formatted(A10_TYPE);

    static final String FILE_SYSTEM = """
            {"id": "%s", "name": "datasets", "mount_point": "/lambda/nfs/datasets",
             "created": "2025-10-02T14:21:07.512000+00:00",
             "created_by": {"id": "3da5a70a57a7422ea8a7203f98b2198b", "email": "ops@example.com", "status": "active"},
             "is_in_use": true, "region": {"name": "us-east-1", "description": "Virginia, USA"},
             "bytes_used": 52613349376}
            """.formatted(FILE_SYSTEM_ID);

    static final String RULESET = """
            {"id": "%s", "name": "camel-web", "region": {"name": "us-east-1", "description": "Virginia, USA"},
             "rules": [{"protocol": "tcp", "port_range": [443, 443], "source_network": "0.0.0.0/0",
                        "description": "HTTPS"}],
             "created": "2026-01-15T09:12:44.000000+00:00", "instance_ids": ["%s"]}
            """.formatted(RULESET_ID, ACTIVE_ID);

    static final String GLOBAL_RULESET = """
            {"data": {"id": "global", "name": "Global Firewall Rules",
                      "rules": [{"protocol": "icmp", "source_network": "203.0.113.0/24",
                                 "description": "ping from office"}]}}
            """;

    static final String AUDIT_EVENT = """
            {"service_name": "cloud", "resource_name": "instance", "action": "created",
             "catalog_version": "2025-09-06", "event_id": "%s", "event_time": "2026-01-15T10:30:45.123456Z",
             "actor_lrn": "lrn:cloud:identity:00112233445566778899aabbccddeeff",
             "resource_lrns": ["lrn:cloud:instance:5b1e0f6a9c2d4e7f8a1b2c3d4e5f6a7b"],
             "resource_owner_lrn": "lrn:cloud:account:fedcba9876543210fedcba9876543210",
             "request_api_key_lrn": "lrn:cloud:api_key:0f1e2d3c4b5a69788796a5b4c3d2e1f0",
             "additional_details": {"instance_type": "gpu_1x_a10", "region": "us-east-1"}}
            """;

    private Payloads() {}

    static String data(String json) {
        return "{\"data\": " + json + "}";
    }

    static String error(String code, String message) {
        return "{\"error\": {\"code\": \"" + code + "\", \"message\": \"" + message + "\"}}";
    }

    static String auditEvent(String eventId) {
        return AUDIT_EVENT.formatted(eventId);
    }
}
