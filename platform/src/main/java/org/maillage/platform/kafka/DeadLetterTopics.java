package org.maillage.platform.kafka;

/** The dead-letter topic of a topic: where events that could not be handled after retries go. */
public final class DeadLetterTopics {

    public static final String SUFFIX = ".dlt";

    private DeadLetterTopics() {
    }

    public static String of(String topic) {
        return topic + SUFFIX;
    }
}
