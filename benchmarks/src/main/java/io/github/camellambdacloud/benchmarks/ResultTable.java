package io.github.camellambdacloud.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the results as Markdown tables: the targets, judged on the paired ratios and count checks that
 * {@code PairedRatios} and {@code FleetChecks} write, then JMH's scores from its JSON result file with their ratios.
 * It exits with status 1 when a result it needs is missing.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.camellambdacloud.benchmarks.ResultTable JMH.json CHECKS.json...}.
 * A JMH ratio's error combines the two scores' relative 99.9 % errors as independent: {@code r * sqrt(ea² + eb²)}.
 */
public final class ResultTable {

    private static final String LIST = "ListInstancesBenchmark.";
    private static final String ROUND_TRIP = "RoundTripBenchmark.";
    private static final String POLL = "ConsumerPollBenchmark.";
    private static final int[] FLEET_SIZES = {1_000, 10_000, 50_000};

    private final Map<String, Score> scores = new HashMap<>();
    private final List<String> rows = new ArrayList<>();
    private int missed;

    record Score(double value, double error, double median, String unit) {

        String format() {
            return String.format(Locale.ROOT, "%.1f ± %.1f %s", value, Double.isNaN(error) ? 0 : error, unit);
        }

        double relativeError() {
            return Double.isNaN(error) ? 0 : error / value;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("Expected JMH.json followed by one or more CHECKS.json files");
        }
        ObjectMapper mapper = new ObjectMapper();
        ResultTable table = new ResultTable();
        table.readJmh(mapper.readTree(Path.of(args[0]).toFile()));
        List<JsonNode> checks = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            mapper.readTree(Path.of(args[i]).toFile()).forEach(checks::add);
        }
        table.printTargets(checks);
        table.printJmh();
        table.rows.forEach(System.out::println);
        if (table.missed > 0) {
            System.out.println();
            System.out.println(table.missed + " target(s) missed; BENCHMARKS.md explains each.");
        }
    }

    private void readJmh(JsonNode results) {
        for (JsonNode result : results) {
            String name = result.get("benchmark").asText();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode params = result.get("params");
            if (params != null && params.has("instances")) {
                shortName += "@" + params.get("instances").asText();
            }
            JsonNode metric = result.get("primaryMetric");
            scores.put(shortName, new Score(metric.get("score").asDouble(), metric.get("scoreError").asDouble(),
                    metric.get("scorePercentiles").get("50.0").asDouble(), metric.get("scoreUnit").asText()));
        }
    }

    private void printTargets(List<JsonNode> checks) {
        rows.add("| figure | measured | interquartile range | target | met |");
        rows.add("|---|---|---|---|---|");
        for (JsonNode check : checks) {
            switch (check.get("check").asText()) {
                case "pairedRatio" -> {
                    double median = check.get("median").asDouble();
                    Double target = check.has("target") ? check.get("target").asDouble() : null;
                    targetRow(check.get("label").asText(), format3(median) + " (paired, median)",
                            format3(check.get("p25").asDouble()) + " to " + format3(check.get("p75").asDouble()),
                            target == null ? "" : "≤ " + target, target == null ? null : median <= target);
                }
                case "connectionReuse" -> {
                    double reuse = check.get("reuse").asDouble();
                    targetRow("connection reuse, " + check.get("client").asText(),
                            String.format(Locale.ROOT, "%.2f %% (%d requests, %d connections)", reuse * 100,
                                    check.get("requests").asLong(), check.get("connections").asLong()),
                            "", "≥ 99 %", reuse >= 0.99);
                }
                case "snapshotFootprint" -> {
                    double bytes = check.get("jolBytesPerInstance").asDouble();
                    targetRow("snapshot heap per instance, " + check.get("instances").asInt() + " instances",
                            String.format(Locale.ROOT, "%.0f B (JOL), %.0f B (heap delta)", bytes,
                                    check.get("heapDeltaBytesPerInstance").asDouble()),
                            "", "≤ 512 B", bytes <= 512);
                }
                default -> throw new IllegalStateException("Unknown check " + check.get("check"));
            }
        }
        rows.add("");
    }

    private void printJmh() {
        rows.add("| JMH benchmark | score ± error (99.9 %) | ratio of means | ratio of medians | to |");
        rows.add("|---|---|---|---|---|");
        jmhRow(LIST + "transportOnly", null);
        jmhRow(LIST + "rawClient", LIST + "transportOnly");
        jmhRow(LIST + "lambdaCloudProducer", LIST + "rawClient");
        jmhRow(LIST + "camelHttpRoute", LIST + "rawClient");
        jmhRow(ROUND_TRIP + "rawClient", null);
        jmhRow(ROUND_TRIP + "lambdaCloudProducer", ROUND_TRIP + "rawClient");
        for (int size : FLEET_SIZES) {
            jmhRow(POLL + "parse@" + size, null);
            jmhRow(POLL + "pollOnePercentChanged@" + size, POLL + "parse@" + size);
            jmhRow(POLL + "pollAllChanged@" + size, POLL + "parse@" + size);
        }
    }

    private void jmhRow(String name, String baseline) {
        Score score = require(name);
        if (baseline == null) {
            rows.add("| " + String.join(" | ", name, score.format(), "", "", "") + " |");
            return;
        }
        Score base = require(baseline);
        double ratio = score.value() / base.value();
        double error = ratio * Math.hypot(score.relativeError(), base.relativeError());
        rows.add("| " + String.join(" | ", name, score.format(),
                String.format(Locale.ROOT, "%.3f ± %.3f", ratio, error), format3(score.median() / base.median()),
                baseline) + " |");
    }

    private Score require(String name) {
        Score score = scores.get(name);
        if (score == null) {
            throw new IllegalStateException("Missing JMH result " + name + "; run every benchmark of run.sh");
        }
        return score;
    }

    private void targetRow(String name, String measured, String range, String target, Boolean met) {
        String metText = "";
        if (met != null) {
            metText = met ? "yes" : "**no**";
            if (!met) {
                missed++;
            }
        }
        rows.add("| " + String.join(" | ", name, measured, range, target, metText) + " |");
    }

    private static String format3(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
