package org.maillage.directory;

import io.micronaut.runtime.Micronaut;

/** directory-service: enterprises, institutions and their decision units, people and pilots. */
public final class DirectoryApplication {

    private DirectoryApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(DirectoryApplication.class, args);
    }
}
