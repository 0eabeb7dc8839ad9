package uk.waymark.web;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Pages kept in memory ({@link KeptPages}), sent straight from the connection that asks for
 * them, ahead of Micronaut's routing, filters and response building: a JFR profile of kept
 * pages under load found those, not the pages, taking most of the CPU of each request (see
 * README, Performance). The answer is the one the usual way sends, byte for byte but for its
 * {@code Date}: the same body in the same coding, with the same headers, the
 * {@link SafetyHeaders} among them.
 *
 * <p>Only the plainest requests are answered here: a GET over HTTP/1.1 to be kept alive, with
 * no body, no expectation and no upgrade, for a path and query that a controller has kept just
 * as they were sent, on a connection with no earlier request still being answered (so that
 * answers keep their order) and whose client is reading what it is sent. Anything else, a page
 * not kept yet among them, goes on to Micronaut unchanged.
 */
@Singleton
final class DirectPages implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    /** The header names and values are the portal's own constants, checked once by the tests, not per response. */
    private static final HttpHeadersFactory HEADERS = DefaultHttpHeadersFactory.headersFactory().withValidation(false);

    private final BeanProvider<KeptPages> controllers;
    private final BeanProvider<KeptAtStart> keptAtStart;
    private final SafetyHeaders safety;
    private final LongAdder answered = new LongAdder();
    /** The controllers, once the server is being made. */
    private volatile List<KeptPages> kept = List.of();

    DirectPages(BeanProvider<KeptPages> controllers, BeanProvider<KeptAtStart> keptAtStart, SafetyHeaders safety,
                MeterRegistry meters) {
        this.controllers = controllers;
        this.keptAtStart = keptAtStart;
        this.safety = safety;
        FunctionCounter.builder("waymark.pages.direct", answered, LongAdder::sum)
                .description("Kept pages sent straight from the connection, without Micronaut's routing").register(meters);
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        // The server is being made: it takes its first request only once every page is kept.
        keptAtStart.ifPresent(KeptAtStart::await);
        kept = controllers.stream().toList();
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    /** Pages answered here since start. */
    long answered() {
        return answered.sum();
    }

    /** The answer to a request this class may answer, or null to let Micronaut answer it. */
    FullHttpResponse answer(HttpRequest request) {
        if (request.method() != HttpMethod.GET || request.protocolVersion() != HttpVersion.HTTP_1_1
                || !request.decoderResult().isSuccess()) {
            return null;
        }
        HttpHeaders headers = request.headers();
        // A Content-Length of 0 is no body (Java's own client sends one with every GET).
        String length = headers.get(HttpHeaderNames.CONTENT_LENGTH);
        if (!HttpUtil.isKeepAlive(request) || length != null && !length.equals("0")
                || headers.contains(HttpHeaderNames.TRANSFER_ENCODING) || headers.contains(HttpHeaderNames.EXPECT)
                || headers.contains(HttpHeaderNames.UPGRADE)) {
            return null;
        }
        String uri = request.uri();
        if (uri.isEmpty() || uri.charAt(0) != '/') {
            return null;
        }
        int question = uri.indexOf('?');
        String path = question < 0 ? uri : uri.substring(0, question);
        String query = question < 0 ? null : uri.substring(question + 1);
        Precompressed page = lookup(path, query);
        if (page == null) {
            return null;
        }
        List<String> acceptEncoding = headers.getAll(HttpHeaderNames.ACCEPT_ENCODING);
        Compression.Coding coding = Compression.choose(acceptEncoding, page.brotli() != null, page.gzipped() != null);
        if (coding == Compression.Coding.IDENTITY && !acceptEncoding.isEmpty()) {
            return null;   // a client taking only deflate, say: Micronaut compresses it for it
        }
        byte[] body = page.body(coding);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                Unpooled.wrappedBuffer(body), headers(page, coding, body.length), EmptyHttpHeaders.INSTANCE);
        answered.increment();
        return response;
    }

    /**
     * A page's headers in one coding as sent in one second, shared by every answer of that page
     * in that coding in that second: Netty's encoder only reads the headers of a 200 answer to a
     * GET. Made once a second instead of for each answer, and held as {@link AsciiString}s, which
     * the encoder copies as bytes instead of character by character. A small cache with a slot
     * for each page and coding (two that share a slot take turns), so its memory is bounded
     * however many pages are kept; a race between two threads at most makes the same headers twice.
     */
    private record Stamped(Precompressed page, Compression.Coding coding, long second, HttpHeaders headers) {
    }

    private final Stamped[] stamped = new Stamped[256];

    private HttpHeaders headers(Precompressed page, Compression.Coding coding, int length) {
        long second = HttpDate.second();
        int slot = (System.identityHashCode(page) * 31 + coding.ordinal()) & (stamped.length - 1);
        Stamped last = stamped[slot];
        if (last != null && last.page() == page && last.coding() == coding && last.second() == second) {
            return last.headers();
        }
        HttpHeaders made = HEADERS.newHeaders();
        page.headers(coding, made::set);
        safety.apply(made);
        made.set(HttpHeaderNames.CONTENT_LENGTH, length);
        HttpHeaders ascii = HEADERS.newHeaders();
        for (Map.Entry<String, String> header : made) {
            ascii.add(AsciiString.of(header.getKey()), AsciiString.of(header.getValue()));
        }
        stamped[slot] = new Stamped(page, coding, second, ascii);
        return ascii;
    }

    private Precompressed lookup(String path, String query) {
        for (KeptPages controller : kept) {
            Precompressed page = controller.kept(path, query);
            if (page != null) {
                return page;
            }
        }
        return null;
    }

    /** Puts a {@link Handler} on each HTTP/1 connection, in front of Micronaut's own. */
    private final class Customizer implements NettyServerCustomizer {

        private final Channel channel;

        Customizer(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new Customizer(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                    && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null) {
                channel.pipeline().addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, "waymark-direct-pages",
                        new Handler());
            }
        }
    }

    /** One connection's: answers what it can, passes the rest on, and keeps the answers in order. */
    private final class Handler extends ChannelDuplexHandler {

        /** Requests passed on to Micronaut whose answers have not yet gone out. */
        private int waiting;
        /** The request being read was passed on: so is the rest of it. */
        private boolean passing;
        /** The request being read was answered here: the rest of it is dropped. */
        private boolean dropping;
        private boolean unflushed;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (passing || dropping) {
                boolean last = msg instanceof LastHttpContent;
                if (dropping) {
                    ReferenceCountUtil.release(msg);
                } else {
                    ctx.fireChannelRead(msg);
                }
                if (last) {
                    passing = false;
                    dropping = false;
                }
                return;
            }
            if (msg instanceof HttpRequest request) {
                boolean last = msg instanceof LastHttpContent;
                // Only with nothing ahead of it, and while the client reads what it is sent
                // (otherwise Micronaut answers, holding back as it does).
                FullHttpResponse response = waiting == 0 && ctx.channel().isWritable() ? answer(request) : null;
                if (response != null) {
                    ReferenceCountUtil.release(msg);
                    ctx.write(response, ctx.voidPromise());
                    unflushed = true;
                    dropping = !last;
                    return;
                }
                waiting++;
                passing = !last;
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            if (unflushed) {
                unflushed = false;
                ctx.flush();
            }
            ctx.fireChannelReadComplete();
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            // The end of one of Micronaut's answers (not a 100 Continue before it).
            if (msg instanceof LastHttpContent && !(msg instanceof HttpResponse interim && interim.status().code() < 200)
                    && waiting > 0) {
                waiting--;
            }
            ctx.write(msg, promise);
        }
    }
}
