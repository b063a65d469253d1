package org.maillage.gateway.limits;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.json.JsonMapper;
import io.netty.channel.Channel;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Puts a {@link StreamingBodyLimit} on every HTTP/1.1 connection, right after the HTTP decoder. */
@Singleton
class StreamingBodyLimitInstaller implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private final BodyLimitSettings settings;
    private final JsonMapper json;

    StreamingBodyLimitInstaller(BodyLimitSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new OnConnection(null));
        return event.getBean();
    }

    private String problem(String path) {
        try {
            return json.writeValueAsString(BodyLimitFilter.problem(path, settings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class OnConnection implements NettyServerCustomizer {

        private final Channel channel;

        OnConnection(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new OnConnection(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
                channel.pipeline().addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "maillage-body-limit",
                        new StreamingBodyLimit(settings, StreamingBodyLimitInstaller.this::problem));
            }
        }
    }
}
