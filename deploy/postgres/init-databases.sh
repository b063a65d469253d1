#!/usr/bin/env bash
# Runs once, when the PostgreSQL volume is new: one database and one owner per service.
set -euo pipefail
for svc in directory contracts reporting web notification; do
  var="$(echo "$svc" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="${!var:?$var is required}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<SQL
create role $svc login password '$password';
create database $svc owner $svc encoding 'UTF8';
SQL
done
