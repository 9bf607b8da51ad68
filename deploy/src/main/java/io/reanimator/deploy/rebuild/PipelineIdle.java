package io.reanimator.deploy.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether the pipeline has consumed everything on its topics: for every consumer group of the pipeline and every
 * partition of its inputs, the committed offset is at the end of the partition. Topics written by the streams apps
 * (exactly-once, transactional) end in a commit marker that no consumer sees as a record, so there the committed
 * offset may stop one short; the bundles and registry topics have no markers. A partition without a committed
 * offset counts from its first offset. Every stage commits its input offsets only after its output is written (the
 * streams apps in the same transaction, the sink after its database transaction), so when every group is at the
 * end, every record has reached the database.
 */
public final class PipelineIdle {

    private static final long TIMEOUT_SECONDS = 30;
    private static final long POLL_MILLIS = 200;

    private final Admin admin;
    private final DerivedNames names;

    public PipelineIdle(Admin admin, DerivedNames names) {
        this.admin = admin;
        this.names = names;
    }

    /**
     * Returns once two checks in a row find every group at the end and nothing written in between.
     *
     * @throws TimeoutException naming every partition still behind
     */
    public void await(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> previousEnds = null;
        while (true) {
            Check check = check();
            if (check.behind().isEmpty() && check.ends().equals(previousEnds)) {
                return;
            }
            previousEnds = check.behind().isEmpty() ? check.ends() : null;
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("The pipeline did not catch up within " + timeout + "; behind: "
                        + check.behind());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** The end offsets of every input partition, and each group's partitions that are behind, with their lag. */
    record Check(Map<TopicPartition, Long> ends, Map<String, Map<TopicPartition, Long>> behind) {
    }

    Check check() throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<String, List<String>> inputs = inputs(existing);
        List<String> topics = inputs.values().stream().flatMap(List::stream).distinct().toList();
        List<TopicPartition> partitions = partitions(topics);
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
        Map<String, Map<TopicPartition, Long>> behind = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> group : inputs.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            for (TopicPartition partition : partitions) {
                if (!group.getValue().contains(partition.topic())) {
                    continue;
                }
                OffsetAndMetadata at = committed.get(partition);
                long position = at == null ? starts.get(partition) : at.offset();
                long lag = ends.get(partition) - position;
                if (lag > tolerance(partition.topic())) {
                    behind.computeIfAbsent(group.getKey(), g -> new LinkedHashMap<>()).put(partition, lag);
                }
            }
        }
        return new Check(ends, behind);
    }

    /** Each group's input topics that exist now. */
    private Map<String, List<String>> inputs(Set<String> existing) {
        var topics = names.topics();
        List<String> deriverInputs = new ArrayList<>(List.of(topics.observations().name()));
        existing.stream()
                .filter(t -> t.startsWith(names.deriverApplicationId() + "-") && t.endsWith("-repartition"))
                .forEach(deriverInputs::add);
        Map<String, List<String>> inputs = new LinkedHashMap<>();
        inputs.put(names.parserApplicationId(), List.of(topics.bundles().name()));
        inputs.put(names.deriverApplicationId(), deriverInputs);
        inputs.put(names.sinkGroupId(), List.of(topics.bundles().name(), topics.observations().name(),
                topics.installations().name(), topics.timelineEvents().name(), topics.failureEvents().name()));
        inputs.put(names.recordApiGroupId(), List.of(topics.registryChanges().name()));
        inputs.replaceAll((group, list) -> list.stream().filter(existing::contains).toList());
        return inputs;
    }

    private long tolerance(String topic) {
        boolean plainProducer = topic.equals(names.topics().bundles().name())
                || topic.equals(names.topics().registryChanges().name());
        return plainProducer ? 0 : 1;
    }

    private List<TopicPartition> partitions(List<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicPartition> partitions = new ArrayList<>();
        Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        descriptions.values().forEach(d -> d.partitions()
                .forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
        return partitions;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<TopicPartition, ListOffsetsResultInfo> result = admin.listOffsets(request).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }
}
