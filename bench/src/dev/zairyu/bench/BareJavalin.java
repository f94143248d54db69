package dev.zairyu.bench;

import io.javalin.Javalin;

/** The machine's limit: Javalin, same version and JVM flags as the bot, answering 200 and nothing else. */
public final class BareJavalin {
    private BareJavalin() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/webhooks/line", ctx -> {
                ctx.bodyAsBytes();
                ctx.contentType("application/json").result("{}");
            });
        }).start("127.0.0.1", port);
    }
}
