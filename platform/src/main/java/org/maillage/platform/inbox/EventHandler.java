package org.maillage.platform.inbox;

/** Applies one event's effect; runs inside the inbox's transaction. */
@FunctionalInterface
public interface EventHandler {
    void handle(InboundEvent event) throws Exception;
}
