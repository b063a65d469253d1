package org.maillage.directory.reference;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Only read: reference data changes by migration alone (a CrudRepository all the same, so the mapping test reads it like every table). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CategoryRepository extends CrudRepository<CategoryRow, String> {

    List<CategoryRow> listOrderByCode();
}
