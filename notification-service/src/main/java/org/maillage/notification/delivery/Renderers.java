package org.maillage.notification.delivery;

import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Each kind's renderer; a kind with none, or with two, stops the service at startup rather than at its first message. */
@Singleton
class Renderers {

    private final Map<Kind, KindRenderer> byKind = new EnumMap<>(Kind.class);

    Renderers(List<KindRenderer> renderers) {
        for (KindRenderer r : renderers) {
            for (Kind k : r.kinds()) {
                KindRenderer before = byKind.put(k, r);
                if (before != null) {
                    throw new IllegalStateException("two renderers for " + k + ": " + before.getClass().getSimpleName() + " and "
                            + r.getClass().getSimpleName());
                }
            }
        }
        Set<Kind> missing = EnumSet.allOf(Kind.class);
        missing.removeAll(byKind.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no renderer for " + missing);
        }
    }

    Rendering render(OutgoingMessage m, Addressee to) {
        return byKind.get(m.kind()).render(m, to);
    }
}
