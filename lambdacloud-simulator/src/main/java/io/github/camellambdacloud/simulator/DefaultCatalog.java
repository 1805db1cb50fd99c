package io.github.camellambdacloud.simulator;

import java.util.List;
import java.util.Map;

/**
 * Catalog that a simulator built without catalog settings offers. Prices and specs are illustrative values in
 * the shape of Lambda's catalog, not a copy of current prices.
 */
final class DefaultCatalog {

    private DefaultCatalog() {}

    static List<RegionSpec> regions() {
        return List.of(
                new RegionSpec("us-east-1", "Virginia, USA"),
                new RegionSpec("us-west-1", "California, USA"),
                new RegionSpec("us-south-2", "North Texas, USA"),
                new RegionSpec("europe-central-1", "Germany"));
    }

    static List<InstanceTypeSpec> instanceTypes() {
        return List.of(
                new InstanceTypeSpec("gpu_1x_a10", "1x A10 (24 GB PCIe)", "A10 (24 GB PCIe)", 75, 30, 200, 1400, 1, "x86_64"),
                new InstanceTypeSpec("gpu_1x_a100", "1x A100 (40 GB PCIe)", "A100 (40 GB PCIe)", 129, 30, 200, 512, 1, "x86_64"),
                new InstanceTypeSpec("gpu_8x_h100_sxm5", "8x H100 (80 GB SXM5)", "H100 (80 GB SXM5)", 2392, 208, 1800, 24780, 8, "x86_64"),
                new InstanceTypeSpec("gpu_1x_gh200", "1x GH200 (96 GB)", "GH200 (96 GB)", 149, 64, 432, 4096, 1, "arm64"),
                new InstanceTypeSpec("cpu_4x_general", "4x CPU General (16 GiB)", "N/A", 20, 4, 16, 100, 0, "x86_64"));
    }

    /** Capacity per instance type and region; pairs not listed have none. */
    static Map<String, Map<String, Integer>> capacity() {
        return Map.of(
                "gpu_1x_a10", Map.of("us-east-1", 3, "us-west-1", 2, "europe-central-1", 1),
                "gpu_1x_a100", Map.of("us-west-1", 2, "us-south-2", 1),
                "gpu_8x_h100_sxm5", Map.of("us-south-2", 1),
                "gpu_1x_gh200", Map.of("us-east-1", 1),
                "cpu_4x_general", Map.of("us-east-1", 5, "us-west-1", 5));
    }

    /** Image families offered in every region: family, display name, version, architecture. */
    static List<List<String>> imageFamilies() {
        return List.of(
                List.of("lambda-stack-24-04", "Lambda Stack 24.04", "24.4.2-1459", "x86_64"),
                List.of("lambda-stack-22-04", "Lambda Stack 22.04", "22.4.7-1210", "x86_64"),
                List.of("lambda-stack-22-04", "Lambda Stack 22.04 (ARM)", "22.4.7-1211", "arm64"),
                List.of("gpu-base-24-04", "GPU Base 24.04", "24.4.1-312", "x86_64"),
                List.of("ubuntu-22-04", "Ubuntu 22.04", "22.4.5-88", "x86_64"));
    }
}
