package org.maillage.platform.kafka;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * The service's Kafka topics. Names in code are logical ("directory.organizations"); the prefix lets
 * several test runs or environments share one broker without seeing each other's events.
 */
@ConfigurationProperties("maillage.kafka")
public class KafkaSettings {

    private String topicPrefix = "";
    private int partitions = 3;
    private short replicationFactor = 1;
    private List<String> topics = new ArrayList<>();

    public String physical(String logicalTopic) {
        return topicPrefix + logicalTopic;
    }

    public String getTopicPrefix() {
        return topicPrefix;
    }

    public void setTopicPrefix(String topicPrefix) {
        this.topicPrefix = topicPrefix == null ? "" : topicPrefix;
    }

    public int getPartitions() {
        return partitions;
    }

    public void setPartitions(int partitions) {
        this.partitions = partitions;
    }

    public short getReplicationFactor() {
        return replicationFactor;
    }

    public void setReplicationFactor(short replicationFactor) {
        this.replicationFactor = replicationFactor;
    }

    /** Logical topics this service produces or consumes; each is created with its dead-letter topic. */
    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics;
    }
}
