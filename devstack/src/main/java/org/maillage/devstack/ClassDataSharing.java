package org.maillage.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class-data-sharing archive per service of the local stack (JDK dynamic CDS): once a service is up and the demo
 * loaded, the classes it loaded are written to an archive ({@code jcmd VM.cds dynamic_dump}), and its next start maps
 * them instead of reading, parsing and verifying them again; six JVMs start together on two cores, so class loading
 * is much of their start-up (measured: a gateway alone up in 7.8 s with its archive, 12.2 s without). An archive is
 * used only with the jar it was made from (size and time, kept beside it): a rebuilt jar gets a new one. The local
 * run also stops the JIT at its first tier, which starts sooner and is fast enough for a demo. Benchmarks and tests
 * start services without any of this.
 */
final class ClassDataSharing {

    /** The JVM's own notes on classes it leaves out of an archive: hundreds of lines no one reads. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path folder;

    ClassDataSharing(Path folder) {
        this.folder = folder;
    }

    /** The options a service starts with: its archive if one was made from this very jar, else what lets one be made. */
    List<String> options(ServiceSpec spec) {
        List<String> sharing = has(spec)
                ? List.of("-XX:SharedArchiveFile=" + archive(spec), "-XX:TieredStopAtLevel=1")
                : List.of("-XX:+RecordDynamicDumpInfo", "-XX:TieredStopAtLevel=1");
        return java.util.stream.Stream.concat(sharing.stream(), QUIET.stream()).toList();
    }

    /**
     * Writes the archive of a running service that started without one, through {@code jcmd} started as one of the
     * stack's children (stopped with it, found by `stop` after a kill). A failure only means no archive.
     *
     * @return whether an archive was written
     */
    boolean makeArchive(ServiceProcess service, ServiceSpec spec, ChildProcesses children) {
        if (has(spec)) {
            return false;
        }
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(archive(spec));
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            ProcessBuilder pb = new ProcessBuilder(jcmd.toString(), String.valueOf(service.pid()), "VM.cds", "dynamic_dump",
                    archive(spec).toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            ChildProcess dump = children.start("cds-" + spec.name(), pb, archive(spec) + " ", ChildProcess.Signal.TERM,
                    Duration.ofSeconds(5));
            boolean done = dump.process().waitFor(120, TimeUnit.SECONDS) && dump.process().exitValue() == 0;
            children.stop(dump);
            if (done && Files.exists(archive(spec))) {
                Files.writeString(signatureFile(spec), signature(spec.jar()));
                return true;
            }
            return false;
        } catch (IOException | ChildProcesses.Stopping e) {
            // no jcmd (a JRE), no room, or the stack is stopping: the next start goes without, as this one did
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean has(ServiceSpec spec) {
        try {
            return Files.exists(archive(spec)) && Files.exists(signatureFile(spec))
                    && Files.readString(signatureFile(spec)).equals(signature(spec.jar()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path archive(ServiceSpec spec) {
        return folder.resolve(spec.name() + ".jsa");
    }

    private Path signatureFile(ServiceSpec spec) {
        return folder.resolve(spec.name() + ".jar-signature");
    }

    private static String signature(Path jar) throws IOException {
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }
}
