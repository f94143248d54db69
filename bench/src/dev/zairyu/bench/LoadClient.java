package dev.zairyu.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A closed-loop HTTP/1.1 load generator: one thread per keep-alive connection, each sending a request
 * and waiting for its response. Cheap enough per request that the server, not the generator, is
 * measured, and identical for the bot and the bare app so their figures compare.
 */
final class LoadClient {
    interface Requests {
        /** The body of request {@code seq} on connection {@code connection}; may record what it sent. */
        Request next(int connection, long seq);

        /**
         * Called after the acknowledgement, before the next request on this connection: a closed-loop
         * turn benchmark waits here until the bot's answer arrived.
         */
        default void acknowledged(Request request) throws InterruptedException {
        }
    }

    record Request(String path, byte[] body, String signature, String id) {
        Request(String path, byte[] body, String signature) {
            this(path, body, signature, null);
        }
    }

    record Result(long requests, long errors, long[] latenciesMicros, double seconds) {
        double throughput() {
            return requests / seconds;
        }
    }

    static Result run(int port, int connections, double warmupSeconds, double seconds, Requests requests) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Worker worker = new Worker(port, i, requests, measuring, running);
            workers.add(worker);
            worker.start();
        }
        Thread.sleep((long) (warmupSeconds * 1000));
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        running.set(false);
        long total = 0;
        long errors = 0;
        LongList all = new LongList();
        for (Worker worker : workers) {
            worker.join(10_000);
            total += worker.measured;
            errors += worker.errors;
            all.addAll(worker.latencies);
        }
        return new Result(total, errors, all.sorted(), elapsed);
    }

    private static final class Worker extends Thread {
        private final int port;
        private final int connection;
        private final Requests requests;
        private final AtomicBoolean measuring;
        private final AtomicBoolean running;
        private final LongList latencies = new LongList();
        long measured;
        long errors;

        Worker(int port, int connection, Requests requests, AtomicBoolean measuring, AtomicBoolean running) {
            super("load-" + connection);
            this.port = port;
            this.connection = connection;
            this.requests = requests;
            this.measuring = measuring;
            this.running = running;
            setDaemon(true);
        }

        @Override
        public void run() {
            long seq = 0;
            while (running.get()) {
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
                    while (running.get()) {
                        Request request = requests.next(connection, seq++);
                        byte[] head = ("POST " + request.path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                + (request.signature() == null ? "" : "X-Line-Signature: " + request.signature() + "\r\n")
                                + "Content-Length: " + request.body().length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                        long t0 = System.nanoTime();
                        out.write(head);
                        out.write(request.body());
                        out.flush();
                        int status = readResponse(in);
                        requests.acknowledged(request);
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (measuring.get()) {
                            measured++;
                            latencies.add(micros);
                            if (status != 200) {
                                errors++;
                            }
                        }
                    }
                } catch (IOException e) {
                    errors++;
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Reads one response; returns its status. Bodies are small and always have a Content-Length. */
    static int readResponse(InputStream in) throws IOException {
        String statusLine = readLine(in);
        if (statusLine == null) {
            throw new IOException("connection closed");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = 0;
        String line;
        while ((line = readLine(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase("content-length")) {
                length = Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        in.skipNBytes(length);
        return status;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int n = line.length();
                return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    /** A growable primitive list, so recording millions of latencies costs no boxing. */
    static final class LongList {
        private long[] values = new long[1 << 16];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(LongList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        long[] sorted() {
            long[] copy = java.util.Arrays.copyOf(values, size);
            java.util.Arrays.sort(copy);
            return copy;
        }
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
