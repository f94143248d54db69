package dev.zairyu.bot.web;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP front: Javalin with the routes the composition root hands it, health checks and one error policy. */
public final class HttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    public enum Method { GET, POST, DELETE }

    public record Route(Method method, String path, Handler handler) {
    }

    private final Javalin app;

    private HttpServer(Javalin app) {
        this.app = app;
    }

    /** @param ready whether the instance can serve (content loaded, database reachable) */
    public static HttpServer start(String host, int port, List<Route> routes, BooleanSupplier ready) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = BoundedBody.MAX_BYTES;
            config.jetty.host = host;
            config.jetty.port = port;
            config.routes.get("/healthz", ctx -> ctx.contentType("text/plain").result("ok"));
            config.routes.get("/readyz", ctx -> {
                boolean ok = ready.getAsBoolean();
                ctx.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).contentType("text/plain")
                        .result(ok ? "ready" : "not ready");
            });
            for (Route route : routes) {
                switch (route.method()) {
                    case GET -> config.routes.get(route.path(), route.handler());
                    case POST -> config.routes.post(route.path(), route.handler());
                    case DELETE -> config.routes.delete(route.path(), route.handler());
                }
            }
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("application/json").result("{\"error\":\"internal error\"}");
            });
        });
        app.start();
        return new HttpServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
