package io.reanimator.bench.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import ch.qos.logback.classic.Level;
import io.reanimator.deploy.AllInOne;
import io.reanimator.deploy.AllInOneOptions;
import io.reanimator.deploy.local.LocalEnvironment;
import io.reanimator.embedded.support.Directories;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline at a fixed offered load: the all-in-one (broker, registry, MariaDB, parser, deriver, sink,
 * gateway and read API in this JVM) on a data directory under {@code benchmarks/target/}, realistic bundles from
 * {@link Fleet} uploaded over HTTP by {@link OpenLoop} at each offered rate in turn, each bundle followed by
 * {@link Visibility} until its observation and its derived installations are in MariaDB. Prints, per offered
 * rate: bundles/s that became visible, backlog, latency upload → visible (p50/p99/max, from the due time), the
 * stage split (HTTP ack, parser+sink half, deriver+sink half), consumer-group lag per stage at the end of the
 * offering, and memory; and, in the same run on the same broker and server, the raw Kafka producer
 * (acks=all, the same bundle bytes) and raw MariaDB multi-row upserts.
 *
 * <p>Arguments (all optional, name=value): {@code rates=5,10,20,100:10} offered bundles/s, one step each, in that
 * order, {@code :seconds} overriding {@code seconds=20} for one step; {@code drain=90} seconds to wait after a step
 * for its backlog (a step that does not drain leaves its backlog to the next); {@code fleet=200} servers;
 * {@code warmup=200} bundles at 25/s before measuring; {@code clients=16} HTTP client threads; {@code keep=1} keeps
 * the data directory. The baselines use every generated bundle (producer) and 40 rows per bundle (upserts).
 * A longer run: {@code rates=5,10,15,20,50,100 seconds=60 drain=300}.
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        List<double[]> steps = steps(opts.getOrDefault("rates", "5,10,20,100:10"),
                Integer.parseInt(opts.getOrDefault("seconds", "20")));
        int drain = Integer.parseInt(opts.getOrDefault("drain", "90"));
        int fleetSize = Integer.parseInt(opts.getOrDefault("fleet", "200"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "200"));
        int clients = Integer.parseInt(opts.getOrDefault("clients", "16"));
        quietLogs();

        Path work = Files.createDirectories(Path.of("benchmarks/target/pipeline-bench"));
        Path dataDir = Files.createTempDirectory(work, "run-");
        System.out.printf(Locale.ROOT, "Pipeline benchmark: %d cores, load average %s, data %s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), dataDir);
        // Every bundle is generated while the platform starts (most of its start-up is waiting), so generation
        // never competes with the pipeline for the two cores during a measurement.
        Fleet fleet = new Fleet(fleetSize, 42);
        CompletableFuture<List<List<Fleet.Bundle>>> generated = CompletableFuture.supplyAsync(() -> {
            List<List<Fleet.Bundle>> out = new ArrayList<>();
            out.add(fleet.next(warmup));
            steps.forEach(step -> out.add(fleet.next((int) Math.round(step[0] * step[1]))));
            return out;
        });
        long startNanos = System.nanoTime();
        try (AllInOne aio = AllInOne.start(AllInOneOptions.defaults(dataDir).withPort(0));
             Memory memory = new Memory()) {
            quietLogs();
            System.out.printf(Locale.ROOT, "all-in-one ready in %.1f s at %s; %s%n",
                    (System.nanoTime() - startNanos) / 1e9, aio.url(), Memory.now());
            List<List<Fleet.Bundle>> bundles = generated.get();
            List<Fleet.Bundle> everything = bundles.stream().flatMap(List::stream).toList();
            double meanKb = everything.stream().mapToInt(b -> b.bytes().length).average().orElse(0) / 1024;
            System.out.printf(Locale.ROOT, "fleet: %d servers, each %d DIMMs + %d drives + CPUs/PSUs; %d bundles"
                    + " of %.1f KB .tar.gz on average, generated in %.1f s%n", fleetSize, fleet.dimmSlots(),
                    Fleet.DRIVES, everything.size(), meanKb, (System.nanoTime() - startNanos) / 1e9);
            Map<String, String> env = aio.environment();
            String jdbcUrl = env.get(LocalEnvironment.JDBC_URL);
            String user = env.get(LocalEnvironment.JDBC_USER);
            String password = env.get(LocalEnvironment.JDBC_PASSWORD);
            OpenLoop load = new OpenLoop(aio.url(), aio.token(), clients);
            try (Visibility visibility = new Visibility(jdbcUrl, user, password, 100);
                 Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                         env.get(LocalEnvironment.KAFKA_BOOTSTRAP_SERVERS)))) {
                System.out.printf(Locale.ROOT, "warm-up: %d bundles at 25/s (first bundle of each server)...%n",
                        warmup);
                Step warm = step(load, visibility, admin, memory, bundles.get(0), 25, drain * 2L, aio);
                System.out.println("warm-up: " + warm.summary());

                Baselines.Figure producer = Baselines.producer(env.get(LocalEnvironment.KAFKA_BOOTSTRAP_SERVERS),
                        everything);
                Baselines.Figure upserts = Baselines.upserts(jdbcUrl, user, password, everything.size() * 40);
                System.out.printf(Locale.ROOT, "baseline producer: %,d bundles (%.1f MB) in %.2f s = %,.0f bundles/s%n",
                        producer.count(), producer.bytes() / 1e6, producer.seconds(), producer.perSecond());
                System.out.printf(Locale.ROOT, "baseline upserts: %,d rows in %.1f s = %,.0f rows/s%n",
                        upserts.count(), upserts.seconds(), upserts.perSecond());

                List<Step> results = new ArrayList<>();
                for (int i = 0; i < steps.size(); i++) {
                    System.out.printf(Locale.ROOT, "step: %.0f bundles/s offered for %.0f s (load average %s;"
                            + " %d bundles not yet visible)...%n", steps.get(i)[0], steps.get(i)[1], loadAverage(),
                            visibility.pending());
                    Step s = step(load, visibility, admin, memory, bundles.get(i + 1), steps.get(i)[0], drain, aio);
                    results.add(s);
                    System.out.println("  " + s.summary());
                    System.out.println("  lag at end of offering: " + s.lag);
                }
                printTable(results, producer, upserts, meanKb);
                System.out.println("rows in MariaDB: " + rowsPerBundle(jdbcUrl, user, password));
                System.out.printf(Locale.ROOT, "visibility poll: mean %.1f ms per poll; load average at end %s%n",
                        visibility.meanPollMillis(), loadAverage());
                System.out.println("memory at end: " + Memory.now());
            }
        } finally {
            if (!"1".equals(opts.get("keep"))) {
                Directories.deleteRecursively(dataDir);
            }
        }
    }

    /** "5,10,20,100:10": offered rate, optionally ":seconds" (else the default duration). */
    private static List<double[]> steps(String spec, int seconds) {
        List<double[]> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] rs = part.split(":");
            out.add(new double[] {Double.parseDouble(rs[0]), rs.length > 1 ? Double.parseDouble(rs[1]) : seconds});
        }
        return out;
    }

    private static Step step(OpenLoop load, Visibility visibility, Admin admin, Memory memory,
            List<Fleet.Bundle> bundles, double rate, long drainSeconds, AllInOne aio) throws Exception {
        memory.peaksAndReset();
        long start = System.nanoTime() + 200_000_000L;
        OpenLoop.Result sent = load.run(bundles, rate, start, visibility);
        long sendEnd = System.nanoTime();
        // Only this step's bundles count (an undrained earlier step's backlog is not credited to this one).
        List<Visibility.Tracked> mine = visibility.scheduledBetween(start, Long.MAX_VALUE);
        long visibleAtEnd = mine.stream().filter(t -> t.visibleNanos != 0 && t.visibleNanos < sendEnd).count();
        long steadyFrom = start + Math.min(5_000_000_000L, (sendEnd - start) / 4);
        double steadyRate = mine.stream().filter(t -> t.visibleNanos >= steadyFrom && t.visibleNanos < sendEnd)
                .count() / ((sendEnd - steadyFrom) / 1e9);
        Map<String, Long> lag = StageLag.sample(admin);
        boolean drained = visibility.awaitAllVisible(drainSeconds * 1000);
        long drainEnd = System.nanoTime();
        List<Visibility.Tracked> tracked = visibility.scheduledBetween(start, Long.MAX_VALUE);
        long lastVisible = tracked.stream().mapToLong(t -> t.visibleNanos).max().orElse(sendEnd);
        double drainRate = drained && lastVisible > sendEnd
                ? (bundles.size() - visibleAtEnd) / ((lastVisible - sendEnd) / 1e9) : Double.NaN;
        String api = apiCheck(aio, tracked);
        visibility.check();
        return new Step(rate, sent, bundles.size() - visibleAtEnd, steadyRate, drainRate, drained,
                Latency.of(tracked, drainEnd), lag, memory.peaksAndReset(), api);
    }

    /** Confirms over HTTP, for a few visible bundles, that the read API answers their asset. */
    private static String apiCheck(AllInOne aio, List<Visibility.Tracked> tracked) {
        HttpClient http = HttpClient.newHttpClient();
        int ok = 0;
        int asked = 0;
        for (int i = 0; i < tracked.size() && asked < 10; i += Math.max(1, tracked.size() / 10)) {
            Visibility.Tracked t = tracked.get(i);
            if (t.visibleNanos == 0) {
                continue;
            }
            asked++;
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(aio.url() + "/assets/"
                        + t.bundle.assetSerial())).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains(t.bundle.assetSerial())) {
                    ok++;
                }
            } catch (java.io.IOException e) {
                // counted as not ok
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ok + "/" + asked;
    }

    record Step(double rate, OpenLoop.Result sent, long backlog, double steadyRate, double drainRate,
                boolean drained, Latency latency, Map<String, Long> lag, String memory, String api) {

        boolean saturated() {
            return !drained || steadyRate < 0.9 * rate || backlog > Math.max(50, 2 * rate);
        }

        String summary() {
            return String.format(Locale.ROOT, "offered %.0f/s: sent %d (%d rejected, %d late) in %.1f s;"
                            + " visible %.1f/s steady; backlog %d at end of offering; drain %.1f/s%s;"
                            + " latency %s; %s; API check %s%s",
                    rate, sent.sent(), sent.rejected(), sent.late(), sent.nanos() / 1e9, steadyRate, backlog,
                    drainRate, drained ? "" : " (NOT drained)", latency, memory, api,
                    saturated() ? "; SATURATED" : "");
        }
    }

    /** Latencies from due time, in ms; bundles never visible count as the time waited (reported as "> x"). */
    record Latency(int count, int invisible, double ackP50, double ackP99, double obsP50, double obsP99,
                   double p50, double p99, double max) {

        static Latency of(List<Visibility.Tracked> tracked, long endNanos) {
            double[] ack = new double[tracked.size()];
            double[] obs = new double[tracked.size()];
            double[] vis = new double[tracked.size()];
            int invisible = 0;
            for (int i = 0; i < tracked.size(); i++) {
                Visibility.Tracked t = tracked.get(i);
                ack[i] = ms(t.ackedNanos == 0 ? endNanos : t.ackedNanos, t.scheduledNanos);
                obs[i] = ms(t.observedNanos == 0 ? endNanos : t.observedNanos, t.scheduledNanos);
                vis[i] = ms(t.visibleNanos == 0 ? endNanos : t.visibleNanos, t.scheduledNanos);
                invisible += t.visibleNanos == 0 ? 1 : 0;
            }
            Arrays.sort(ack);
            Arrays.sort(obs);
            Arrays.sort(vis);
            return new Latency(tracked.size(), invisible, pct(ack, 50), pct(ack, 99), pct(obs, 50), pct(obs, 99),
                    pct(vis, 50), pct(vis, 99), vis.length == 0 ? 0 : vis[vis.length - 1]);
        }

        private static double ms(long to, long from) {
            return (to - from) / 1e6;
        }

        private static double pct(double[] sorted, int p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %.0f ms / p99 %s%.0f ms / max %.0f ms (HTTP ack p50 %.0f p99 %.0f;"
                            + " observation in DB p50 %.0f p99 %.0f)%s",
                    p50, invisible * 100 > count ? "> " : "", p99, max, ackP50, ackP99, obsP50, obsP99,
                    invisible > 0 ? "; " + invisible + " never visible" : "");
        }
    }

    private static void printTable(List<Step> steps, Baselines.Figure producer, Baselines.Figure upserts,
            double meanKb) {
        System.out.println();
        System.out.println("| offered/s | sent | visible/s (steady) | backlog at end | drain/s | p50 ms | p99 ms | max ms"
                + " | ack p99 ms | obs p50 ms | saturated |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Step s : steps) {
            Latency l = s.latency;
            System.out.printf(Locale.ROOT, "| %.0f | %d | %.1f | %d | %.1f | %.0f | %s%.0f | %.0f | %.0f | %.0f | %s |%n",
                    s.rate, s.sent.sent(), s.steadyRate, s.backlog, s.drainRate, l.p50,
                    l.invisible * 100 > l.count ? "> " : "", l.p99, l.max, l.ackP99, l.obsP50,
                    s.saturated() ? "yes" : "no");
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| baseline | rate |%n|---|---:|%n");
        System.out.printf(Locale.ROOT, "| raw KafkaProducer, acks=all, same bundles (%.1f KB) | %,.0f bundles/s (%.1f MB/s) |%n",
                meanKb, producer.perSecond(), producer.bytes() / 1e6 / producer.seconds());
        System.out.printf(Locale.ROOT, "| raw MariaDB multi-row upsert, timeline_events, 2000 rows/tx | %,.0f rows/s (= %,.0f bundles/s at 40 rows) |%n",
                upserts.perSecond(), upserts.perSecond() / 40);
    }

    /** Rows the sink wrote per bundle, per table: what one visible bundle costs the database. */
    private static String rowsPerBundle(String jdbcUrl, String user, String password) throws java.sql.SQLException {
        StringBuilder out = new StringBuilder();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl, user, password);
             java.sql.Statement s = c.createStatement()) {
            long bundles;
            try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT bundle_id) FROM observations")) {
                rs.next();
                bundles = Math.max(1, rs.getLong(1));
            }
            out.append(bundles).append(" bundles;");
            for (String table : List.of("observations", "installations", "timeline_events", "failure_events",
                    "components", "assets")) {
                try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    out.append(String.format(Locale.ROOT, " %s %,d (%.1f/bundle)", table, rs.getLong(1),
                            rs.getLong(1) / (double) bundles));
                }
            }
        }
        return out.toString();
    }

    private static void quietLogs() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        for (String name : List.of("io.reanimator", "org.apache.kafka", "io.micronaut", "com.zaxxer", "ch.vorburger")) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name)).setLevel(Level.WARN);
        }
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(AllInOne.READY_LOGGER)).setLevel(Level.INFO);
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("arguments are name=value, e.g. rates=50,100 seconds=20");
            }
            opts.put(kv[0], kv[1]);
        }
        return opts;
    }
}
