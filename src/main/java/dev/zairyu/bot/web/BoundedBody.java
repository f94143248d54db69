package dev.zairyu.bot.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit. Webhooks are small; anything bigger is refused with 413
 * before it is buffered, whether or not the sender declared its length.
 */
public final class BoundedBody {
    public static final int MAX_BYTES = 1024 * 1024;

    private BoundedBody() {
    }

    /** @return the body, or null after answering 413 */
    public static byte[] read(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BYTES) {
            tooLarge(ctx);
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buffer = new byte[8192];
        try (InputStream in = ctx.req().getInputStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + n > MAX_BYTES) {
                    tooLarge(ctx);
                    return null;
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static void tooLarge(Context ctx) {
        ctx.status(HttpStatus.CONTENT_TOO_LARGE).contentType("application/json")
                .result("{\"error\":\"body larger than " + MAX_BYTES + " bytes\"}");
    }
}
