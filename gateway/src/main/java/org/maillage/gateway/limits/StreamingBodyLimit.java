package org.maillage.gateway.limits;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import org.maillage.gateway.paths.PathNormalizer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Counts a body's bytes as they arrive on the connection, before the gateway forwards any of them, and stops a body
 * sent without a length (chunked) as soon as it passes its path's limit: 413 problem+json, and the connection is
 * closed, so the service behind never receives a complete request. A body that declares its length is refused
 * up front by {@link BodyLimitFilter} (after the rate limiter); the framing of a declared length cannot be exceeded.
 * One instance per connection (HTTP/1.1 requests on a connection come one after another).
 */
final class StreamingBodyLimit extends ChannelInboundHandlerAdapter {

    /** How long a refused client may go on sending before the connection closes anyway. */
    private static final long DRAIN_SECONDS = 5;

    private final BodyLimitSettings settings;
    private String path = "/";
    private long limit = -1;
    private long received;
    private boolean refused;
    private long dropped;
    private final java.util.function.Function<String, String> problem;

    /** @param problem the problem+json text for a body too large on a path */
    StreamingBodyLimit(BodyLimitSettings settings, java.util.function.Function<String, String> problem) {
        this.settings = settings;
        this.problem = problem;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            path = pathOf(request.uri());
            // a declared length is checked by BodyLimitFilter; only a body without one is counted here
            limit = HttpUtil.isContentLengthSet(request) ? -1 : settings.limitFor(path);
            received = 0;
        }
        if (refused) {
            // the refusal is sent: what the client still sends is dropped, so that it can read the answer, until its body
            // ends or has cost as much as the largest upload
            if (msg instanceof HttpContent content) {
                dropped += content.content().readableBytes();
            }
            ReferenceCountUtil.release(msg);
            if (msg instanceof LastHttpContent || dropped > settings.getUploadBytes()) {
                ctx.close();
            }
            return;
        }
        if (msg instanceof HttpContent content && limit >= 0) {
            received += content.content().readableBytes();
            if (received > limit) {
                refused = true;
                ReferenceCountUtil.release(msg);
                refuse(ctx, msg instanceof LastHttpContent);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    private void refuse(ChannelHandlerContext ctx, boolean bodyEnded) {
        byte[] body = problem.apply(path).getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        // written from here, below the framework: the request the framework began to forward never gets its end,
        // and closing the connection abandons it (the service sees a cut body, never a complete one)
        var written = ctx.writeAndFlush(response);
        if (bodyEnded) {
            written.addListener(ChannelFutureListener.CLOSE);
            return;
        }
        // the framework reads only as fast as it forwards, and it gets nothing more: read on here, to drop the rest
        ctx.channel().config().setAutoRead(true);
        ctx.read();
        ctx.executor().schedule(() -> ctx.close(), DRAIN_SECONDS, TimeUnit.SECONDS);
    }

    private static String pathOf(String uri) {
        String raw;
        try {
            raw = URI.create(uri).getRawPath();
        } catch (IllegalArgumentException e) {
            raw = null;
        }
        return raw == null ? "/" : PathNormalizer.normalize(raw).orElse("/");
    }
}
