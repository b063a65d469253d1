package org.maillage.platform.testapp;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.platform.inbox.InboundEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;

/** Records every applied event; a widget named "poison" cannot be applied, ever. */
@Singleton
public class WidgetProjection {

    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;

    public WidgetProjection(TransactionOperations<Connection> tx, ObjectMapper json) {
        this.tx = tx;
        this.json = json;
    }

    void apply(InboundEvent event) throws Exception {
        Widgets.WidgetChanged w = event.decode(json, Widgets.WidgetChanged.class);
        if (Widgets.CREATED.equals(event.type()) && w.name().contains("poison")) {
            throw new IllegalArgumentException("widget " + w.widgetId() + " is poison");
        }
        try (PreparedStatement ps = tx.getConnection().prepareStatement(
                "insert into widget_seen (widget_id, event_id, type, revision) values (?, ?, ?, ?)")) {
            ps.setObject(1, w.widgetId());
            ps.setString(2, event.id());
            ps.setString(3, event.type());
            ps.setInt(4, w.revision());
            ps.executeUpdate();
        }
    }
}
