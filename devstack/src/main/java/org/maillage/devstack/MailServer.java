package org.maillage.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The local mail server: GreenMail keeps every message the platform sends (nothing leaves the machine) and
 * shows them on a page of its own. A separate process, like the broker, so its jars stay out of this JVM.
 */
final class MailServer {

    private final int smtpPort;
    private final int webPort;

    private MailServer(int smtpPort, int webPort) {
        this.smtpPort = smtpPort;
        this.webPort = webPort;
    }

    static MailServer start(Path dir, int smtpPort, int webPort, ChildProcesses children) {
        try {
            Files.createDirectories(dir);
            // its folder on the command line tells this mail server apart from another stack's
            String marker = "-Ddevstack.mail=" + dir.toAbsolutePath();
            ProcessBuilder pb = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", marker,
                    "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                    "-Dgreenmail.auth.disabled",
                    "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + webPort,
                    "-cp", classpath(), "com.icegreen.greenmail.standalone.GreenMailStandaloneRunner"))
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("mail.log").toFile());
            ChildProcess child = children.start("mail", pb, marker + " ", ChildProcess.Signal.TERM,
                    Duration.ofSeconds(10));
            Ports.awaitOpen("the mail server", smtpPort, child.process(), Duration.ofSeconds(60));
            Ports.awaitOpen("the mail server's page", webPort, child.process(), Duration.ofSeconds(60));
            return new MailServer(smtpPort, webPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int smtpPort() {
        return smtpPort;
    }

    /** Where a person reads what the platform sent. */
    String page() {
        return "http://localhost:" + webPort;
    }

    private static String classpath() throws IOException {
        try (InputStream in = MailServer.class.getResourceAsStream("/maillage/mail-classpath.txt")) {
            if (in == null) {
                throw new StackFailure("mail-server module not built: maillage/mail-classpath.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }
}
