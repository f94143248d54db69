package dev.zairyu.bot.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What operators watch, in Prometheus text at {@code /metrics}: webhooks by channel and outcome, turn
 * latency, inbox and outbox backlogs, deliveries and retries, platform errors, reminders by state and
 * the month's pushes, plus the JVM's own figures.
 */
public final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer turns;

    @SuppressWarnings("resource")
    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        turns = Timer.builder("zairyu.turn").description("Time to handle one turn (engine, state and outbox writes)")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** @param outcome accepted, unauthorized, too_large, malformed, unavailable */
    public void webhook(String channel, String outcome) {
        Counter.builder("zairyu.webhooks").tag("channel", channel).tag("outcome", outcome)
                .description("Webhook requests by channel and outcome").register(registry).increment();
    }

    public Timer turns() {
        return turns;
    }

    /** A figure read when Prometheus scrapes (a backlog, a count in the database). */
    public void gauge(String name, String description, Supplier<Number> value, String... tags) {
        Gauge.builder(name, value).description(description).tags(tags).strongReference(true).register(registry);
    }

    public void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
