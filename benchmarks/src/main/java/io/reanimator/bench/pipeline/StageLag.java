package io.reanimator.bench.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer-group lag per stage: for every consumer group on the broker (parser-stream, event-deriver and its
 * repartition topic, state-sink), the committed offsets against the end offsets, summed per (group, topic).
 * Streams apps under exactly-once commit every 100 ms, the sink after each transaction, so a lag that stays above
 * a few hundred records is a stage that does not keep up.
 */
final class StageLag {

    private StageLag() {
    }

    /** "group → topic" to records not yet committed. */
    static Map<String, Long> sample(Admin admin) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            committed.forEach((tp, offset) -> {
                long end = ends.get(tp).offset();
                long lag = offset == null ? end : Math.max(0, end - offset.offset());
                out.merge(shorten(group.groupId()) + " <- " + shorten(tp.topic()), lag, Long::sum);
            });
        }
        return out;
    }

    private static String shorten(String name) {
        return name.replace("reanimator-", "").replace("reanimator.", "");
    }
}
