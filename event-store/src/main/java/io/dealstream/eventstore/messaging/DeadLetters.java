package io.dealstream.eventstore.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a service's dead-letter topic without joining a consumer group (nothing is committed, nothing is
 * taken away): to list, inspect and count what waits there. Blocking; call it off the event loop.
 */
public final class DeadLetters {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String bootstrapServers;
    private final String topic;

    public DeadLetters(String bootstrapServers, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    public String topic() {
        return topic;
    }

    /** The first {@code limit} records, oldest first per partition. */
    public List<DeadLetter> list(int limit) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = assign(consumer);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            List<DeadLetter> letters = new ArrayList<>();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (letters.size() < limit && behind(consumer, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (letters.size() < limit && record.offset() < end.get(new TopicPartition(topic, record.partition()))) {
                        letters.add(DeadLetter.of(record));
                    }
                }
            }
            return letters;
        }
    }

    /** One record by its place on the topic. */
    public Optional<DeadLetter> find(int partition, long offset) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            if (assign(consumer).stream().noneMatch(tp::equals)
                    || offset < consumer.beginningOffsets(List.of(tp), TIMEOUT).get(tp)
                    || offset >= consumer.endOffsets(List.of(tp), TIMEOUT).get(tp)) {
                return Optional.empty();
            }
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.partition() == partition && record.offset() == offset) {
                        return Optional.of(DeadLetter.of(record));
                    }
                }
            }
            throw new IllegalStateException(topic + "-" + partition + "@" + offset + " not read within " + TIMEOUT);
        }
    }

    /** How many records the topic holds. */
    public long size() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = assign(consumer);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            return partitions.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum();
        }
    }

    private List<TopicPartition> assign(KafkaConsumer<String, String> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
        List<TopicPartition> partitions = infos == null ? List.of()
                : infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        return partitions;
    }

    private static boolean behind(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey(), TIMEOUT) < e.getValue());
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // reading a DLQ must not create it where topics are managed (k8s creates every DLQ as a KafkaTopic)
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
