package org.maillage.notification.preference;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.maillage.notification.Sql;
import org.maillage.notification.delivery.Kind;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads and writes preferences; a person who never saved any has the defaults (and no alerts: no consent yet). */
@Singleton
public class PreferenceStore {

    private final TransactionOperations<Connection> tx;

    public PreferenceStore(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    public Preferences of(UUID account) {
        return tx.executeRead(status -> Sql.first(status.getConnection(),
                        "select categories, regions, delivery, digest_hour, language, alerts_consent, kinds_off from preference where account_id = ?",
                        PreferenceStore::read, account)
                .orElseGet(() -> new Preferences(null, null, "IMMEDIATE", 7, null, false, kinds(List.of()))));
    }

    public Preferences save(UUID account, PreferencesForm form) {
        List<String> off = new ArrayList<>();
        if (form.kinds() != null) {
            form.kinds().forEach((kind, on) -> {
                if (!on) {
                    off.add(kind);
                }
            });
        }
        tx.executeWrite(status -> Sql.update(status.getConnection(), """
                insert into preference (account_id, categories, regions, delivery, digest_hour, language, alerts_consent, consented_at, kinds_off, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, case when ? then now() end, ?, now())
                on conflict (account_id) do update set categories = excluded.categories, regions = excluded.regions,
                    delivery = excluded.delivery, digest_hour = excluded.digest_hour, language = excluded.language,
                    alerts_consent = excluded.alerts_consent,
                    consented_at = case when excluded.alerts_consent then coalesce(preference.consented_at, now()) end,
                    kinds_off = excluded.kinds_off, changed_at = now()""",
                account, Sql.array(form.categories()), Sql.array(form.regions()), form.delivery(), form.digestHour(), form.language(),
                form.alertsConsent(), form.alertsConsent(), off.toArray(String[]::new)));
        return of(account);
    }

    /** One-click unsubscribe: that kind off; from alerts, the consent is withdrawn too. */
    public void unsubscribe(UUID account, Kind kind) {
        tx.executeWrite(status -> Sql.update(status.getConnection(), """
                insert into preference (account_id, kinds_off, alerts_consent) values (?, ?, false)
                on conflict (account_id) do update set
                    kinds_off = case when ? = any(preference.kinds_off) then preference.kinds_off else preference.kinds_off || ? end,
                    alerts_consent = preference.alerts_consent and ? <> 'MATCHED',
                    consented_at = case when ? = 'MATCHED' then null else preference.consented_at end,
                    changed_at = now()""",
                account, new String[]{kind.name()}, kind.name(), new String[]{kind.name()}, kind.name(), kind.name()));
    }

    /** The account's own language from the directory, French when it is not known here. */
    public String accountLanguage(UUID account) {
        return tx.executeRead(status -> Sql.first(status.getConnection(), "select language from recipient where account_id = ?",
                rs -> rs.getString(1), account).orElse("fr"));
    }

    private static Preferences read(ResultSet rs) throws SQLException {
        return new Preferences(Sql.texts(rs, "categories"), Sql.texts(rs, "regions"), rs.getString("delivery"), rs.getInt("digest_hour"),
                rs.getString("language"), rs.getBoolean("alerts_consent"), kinds(Sql.texts(rs, "kinds_off")));
    }

    private static Map<String, Boolean> kinds(List<String> off) {
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        for (Kind k : Kind.choosable()) {
            kinds.put(k.name(), !off.contains(k.name()));
        }
        return kinds;
    }
}
