package io.github.camellambdacloud.simulator;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Command-line entry point: starts a simulator, prints its base URL and runs until Ctrl-C.
 *
 * <pre>
 * --port N          port on 127.0.0.1 (default 0: a free ephemeral port)
 * --api-key KEY     API key the simulator accepts (default simulator-api-key)
 * --time-scale F    simulated seconds per wall-clock second (default 60)
 * --rate-limits     enforce 1 request/s and 1 launch per 12 s (default off)
 * --help            print the options and exit
 * </pre>
 */
public final class LambdaCloudSimulatorMain {

    private static final String USAGE = """
            Usage: LambdaCloudSimulatorMain [--port N] [--api-key KEY] [--time-scale F] [--rate-limits]
              --port N         port on 127.0.0.1; 0 picks a free port (default 0)
              --api-key KEY    API key that requests must present (default simulator-api-key)
              --time-scale F   simulated seconds per wall-clock second (default 60)
              --rate-limits    enforce 1 request/s overall and 1 launch per 12 s (default off)
              --help           print these options and exit
            """;

    private LambdaCloudSimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        LambdaCloudSimulator.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        LambdaCloudSimulator simulator = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "lambdacloud-simulator-shutdown"));
        System.out.println(simulator.baseUrl());
        System.out.flush();
        stopped.await();
    }

    static LambdaCloudSimulator.Builder parse(String[] args) {
        LambdaCloudSimulator.Builder builder = LambdaCloudSimulator.builder().timeScale(60);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--port" -> builder.port(parseInt(option, value(args, ++i, option)));
                case "--api-key" -> builder.apiKey(value(args, ++i, option));
                case "--time-scale" -> builder.timeScale(parseDouble(option, value(args, ++i, option)));
                case "--rate-limits" -> builder.rateLimits(true);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return builder;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException("Missing value for " + option);
        }
        return args[index];
    }

    private static int parseInt(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for " + option + ": expected an integer");
        }
    }

    private static double parseDouble(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for " + option + ": expected a number");
        }
    }
}
