package org.maillage.testkit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.PersistentEntityUtils;
import io.micronaut.data.model.runtime.RuntimeEntityRegistry;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.inject.BeanDefinition;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks that a service's entities map onto its Flyway-migrated schema: every table is some repository's,
 * every column of it is mapped (but those the database derives itself), and every repository reads its
 * rows back. A column added by a migration and forgotten in its entity fails here, not in production.
 */
public final class EntityMapping {

    /** What the check found: tables by name, with the rows their repository read. */
    public record Report(Map<String, Integer> rowsRead, List<String> problems) {
    }

    private EntityMapping() {
    }

    /**
     * @param notOwned        tables this check leaves alone: kept by hand-written SQL, or checked elsewhere (Flyway's history,
     *                        the platform's outbox and inbox, whose entities the platform's own test checks)
     * @param derivedColumns  per table, columns written by the database alone (triggers, functions), hence not mapped
     */
    public static Report check(ApplicationContext context, TestInfrastructure.Database database, Set<String> notOwned,
                               Map<String, Set<String>> derivedColumns) throws SQLException {
        Map<String, Set<String>> schema = schema(database);
        RuntimeEntityRegistry registry = context.getBean(RuntimeEntityRegistry.class);
        Map<String, Integer> rowsRead = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (BeanDefinition<CrudRepository> definition : context.getBeanDefinitions(CrudRepository.class)) {
            List<Argument<?>> types = definition.getTypeArguments(CrudRepository.class);
            RuntimePersistentEntity<?> entity = registry.getEntity(types.get(0).getType());
            String table = entity.getPersistedName();
            if (notOwned.contains(table)) {
                continue;
            }
            Set<String> columns = new TreeSet<>();
            PersistentEntityUtils.traversePersistentProperties(entity, true, true,
                    (path, property) -> columns.add(entity.getNamingStrategy().mappedName(path, property)));
            Set<String> existing = schema.get(table);
            if (existing == null) {
                problems.add(definition.getBeanType().getSimpleName() + ": no table " + table);
                continue;
            }
            Set<String> unknown = new TreeSet<>(columns);
            unknown.removeAll(existing);
            Set<String> unmapped = new TreeSet<>(existing);
            unmapped.removeAll(columns);
            unmapped.removeAll(derivedColumns.getOrDefault(table, Set.of()));
            if (!unknown.isEmpty()) {
                problems.add(table + ": the entity maps columns the table lacks " + unknown);
            }
            if (!unmapped.isEmpty()) {
                problems.add(table + ": columns no entity maps " + unmapped);
            }
            int rows = 0;
            for (Object ignored : context.getBean(definition).findAll()) {
                rows++;
            }
            rowsRead.merge(table, rows, Integer::sum);
        }
        for (String table : schema.keySet()) {
            if (!notOwned.contains(table) && !rowsRead.containsKey(table)) {
                problems.add(table + ": no repository reads this table");
            }
        }
        return new Report(rowsRead, problems);
    }

    private static Map<String, Set<String>> schema(TestInfrastructure.Database database) throws SQLException {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection c = database.connect();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select c.table_name, c.column_name from information_schema.columns c"
                     + " join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name"
                     + " where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        return tables;
    }
}
