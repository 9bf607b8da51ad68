package io.reanimator.bench.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Uploads bundles at a fixed offered rate, open loop: bundle i is due at {@code start + i / rate} whatever happened
 * to the earlier ones. {@code clients} threads take the next due bundle, wait for its time and send it
 * ({@code POST /ingest/logbundle}, one keep-alive HTTP/1.1 connection per thread); when every thread is busy the
 * sends fall behind schedule, and since latencies are measured from the due time, that wait counts (no coordinated
 * omission).
 */
final class OpenLoop {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI upload;
    private final String token;
    private final int clients;

    OpenLoop(String baseUrl, String token, int clients) {
        this.upload = URI.create(baseUrl + "/ingest/logbundle");
        this.token = token;
        this.clients = clients;
    }

    /** Offers {@code bundles} at {@code rate} per second from {@code startNanos}; returns once all are answered. */
    Result run(List<Fleet.Bundle> bundles, double rate, long startNanos, Visibility visibility)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger late = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < bundles.size()) {
                    long due = startNanos + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    } else if (wait < -10_000_000L) {
                        late.incrementAndGet();
                    }
                    Fleet.Bundle bundle = bundles.get(i);
                    Visibility.Tracked tracked = visibility.track(bundle, due);
                    tracked.status = send(bundle.bytes());
                    tracked.ackedNanos = System.nanoTime();
                    if (tracked.status != 202) {
                        rejected.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return new Result(bundles.size(), rejected.get(), late.get(), System.nanoTime() - startNanos);
    }

    private int send(byte[] bytes) {
        HttpRequest request = HttpRequest.newBuilder(upload).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/gzip")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -2;
        }
    }

    /** @param late bundles sent more than 10 ms after their due time (every client was busy) */
    record Result(int sent, int rejected, int late, long nanos) {
    }
}
