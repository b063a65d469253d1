package org.maillage.devstack;

import java.nio.file.Path;
import java.util.Map;

/** One service of the local stack or of a system test: its fat jar, port, database (null for the gateway) and extra environment. */
public record ServiceSpec(String name, Path jar, int port, String database, Map<String, String> env) {
}
