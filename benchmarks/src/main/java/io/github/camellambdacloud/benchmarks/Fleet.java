package io.github.camellambdacloud.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * Builds {@code GET /instances} bodies for a fleet of a given size. Every instance has every field the API sends for
 * a running machine, Jupyter token included. Regions and instance types repeat the way they do in a real account,
 * so parsed copies contain equal but separate region and type objects.
 */
public final class Fleet {

    private static final String[] REGIONS = {
        "{\"name\": \"us-east-1\", \"description\": \"Virginia, USA\"}",
        "{\"name\": \"us-west-1\", \"description\": \"California, USA\"}",
        "{\"name\": \"us-south-1\", \"description\": \"Texas, USA\"}",
        "{\"name\": \"europe-central-1\", \"description\": \"Germany\"}",
        "{\"name\": \"asia-northeast-1\", \"description\": \"Tokyo, Japan\"}",
    };

    private static final String[] INSTANCE_TYPES = {
        instanceType("gpu_1x_a10", "1x A10 (24 GB PCIe)", "A10 (24 GB PCIe)", 75, 30, 200, 1400, 1),
        instanceType("gpu_1x_a100", "1x A100 (40 GB SXM4)", "A100 (40 GB SXM4)", 129, 30, 200, 512, 1),
        instanceType("gpu_1x_h100_pcie", "1x H100 (80 GB PCIe)", "H100 (80 GB PCIe)", 249, 26, 200, 1024, 1),
        instanceType("gpu_8x_a100_80gb_sxm4", "8x A100 (80 GB SXM4)", "A100 (80 GB SXM4)", 1432, 240, 1800, 19500, 8),
        instanceType("gpu_8x_h100_sxm5", "8x H100 (80 GB SXM5)", "H100 (80 GB SXM5)", 2392, 208, 1800, 24200, 8),
        instanceType("cpu_4x_general", "4x CPU general", "N/A", 12, 4, 16, 100, 0),
    };

    private Fleet() {}

    /** Returns the 32-hex id of instance {@code index}. */
    public static String instanceId(int index) {
        return "%08x5b1e0f6a9c2d4e7f8a1b2c3d".formatted(index);
    }

    /** Returns {@code {"data": [...]}} with {@code size} instances, all in status {@code active}. */
    public static byte[] listBody(int size) {
        return listBody(size, index -> "active");
    }

    /** Returns {@code {"data": [...]}} with {@code size} instances whose status the function picks by index. */
    public static byte[] listBody(int size, IntFunction<String> statusOf) {
        StringBuilder json = new StringBuilder(size * 1100 + 16).append("{\"data\": [");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(instanceJson(i, statusOf.apply(i)));
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Returns one instance object as the API lists it. */
    public static String instanceJson(int index, String status) {
        String id = instanceId(index);
        String name = "worker-%06d".formatted(index);
        String ip = "198.51.%d.%d".formatted((index >> 8) & 0xff, index & 0xff);
        String privateIp = "10.%d.%d.%d".formatted((index >> 16) & 0xff, (index >> 8) & 0xff, index & 0xff);
        String token = "%032x".formatted(index * 2_654_435_761L);
        return """
                {"id": "%s", "name": "%s", "ip": "%s", "private_ip": "%s", "status": "%s",
                 "ssh_key_names": ["ops-key"], "file_system_names": [],
                 "region": %s, "instance_type": %s, "hostname": "%s",
                 "jupyter_token": "%s", "jupyter_url": "https://jupyter-%s.lambdaspaces.example/?token=%s",
                 "actions": {"restart": {"available": true}, "terminate": {"available": true},
                             "cold_reboot": {"available": false, "reason_code": "not-supported"}},
                 "tags": [{"key": "team", "value": "training"}], "is_reserved": false}"""
                .formatted(id, name, ip, privateIp, status, REGIONS[index % REGIONS.length],
                        INSTANCE_TYPES[index % INSTANCE_TYPES.length], name, token, id, token);
    }

    private static String instanceType(String name, String description, String gpuDescription, int priceCents,
            int vcpus, int memoryGib, int storageGib, int gpus) {
        return """
                {"name": "%s", "description": "%s", "gpu_description": "%s", "price_cents_per_hour": %d,
                 "specs": {"vcpus": %d, "memory_gib": %d, "storage_gib": %d, "gpus": %d}}"""
                .formatted(name, description, gpuDescription, priceCents, vcpus, memoryGib, storageGib, gpus);
    }
}
