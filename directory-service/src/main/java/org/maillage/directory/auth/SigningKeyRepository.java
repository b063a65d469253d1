package org.maillage.directory.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SigningKeyRepository extends CrudRepository<SigningKeyRow, String> {

    List<SigningKeyRow> findByJwkIsNotNull();

    @Query("select * from signing_key order by signs_from, kid")
    List<SigningKeyRow> findAllInOrder();
}
