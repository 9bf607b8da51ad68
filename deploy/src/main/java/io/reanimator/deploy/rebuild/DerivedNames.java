package io.reanimator.deploy.rebuild;

import java.util.List;
import java.util.Map;

import io.reanimator.deploy.topics.TopicsInit;
import io.reanimator.deriver.EventDeriverConfig;
import io.reanimator.parser.ParserStreamConfig;
import io.reanimator.record.RecordApiConfig;
import io.reanimator.schemas.topic.TopicSpecs;
import io.reanimator.sink.StateSinkConfig;

/**
 * The names a rebuild resets or watches, read from the same environment keys the services read: the derived topics
 * (bundles and everything after them), the streams apps' application ids (their internal topics start with
 * {@code <application id>-}), and every consumer group of the pipeline.
 */
public record DerivedNames(TopicSpecs topics, String parserApplicationId, String deriverApplicationId,
                           String sinkGroupId, String recordApiGroupId) {

    static final String PARSER_APPLICATION_ID = "REANIMATOR_PARSER_APPLICATION_ID";
    static final String DERIVER_APPLICATION_ID = "REANIMATOR_DERIVER_APPLICATION_ID";
    static final String SINK_GROUP_ID = "REANIMATOR_SINK_GROUP_ID";
    static final String RECORD_API_GROUP_ID = "REANIMATOR_RECORD_API_GROUP_ID";

    public static DerivedNames from(Map<String, String> env) {
        return new DerivedNames(TopicsInit.specs(env),
                value(env, PARSER_APPLICATION_ID, ParserStreamConfig.DEFAULT_APPLICATION_ID),
                value(env, DERIVER_APPLICATION_ID, EventDeriverConfig.DEFAULT_APPLICATION_ID),
                value(env, SINK_GROUP_ID, StateSinkConfig.DEFAULT_GROUP_ID),
                value(env, RECORD_API_GROUP_ID, RecordApiConfig.DEFAULT_CONSUMER_GROUP));
    }

    /**
     * The topics whose content is derived from the raw store and is deleted and recreated: the bundles topic
     * (re-published from the raw store) and the pipeline's outputs. Kept: the registry topic (the registry's source
     * of truth), tickets (from outside systems) and dead letters (an operator's record of what went wrong).
     */
    public List<String> derivedTopics() {
        return List.of(topics.bundles().name(), topics.observations().name(), topics.installations().name(),
                topics.timelineEvents().name(), topics.failureEvents().name());
    }

    /** Whether a topic is internal to one of the streams apps (repartition and changelog topics). */
    public boolean isInternalTopic(String topic) {
        return topic.startsWith(parserApplicationId + "-") || topic.startsWith(deriverApplicationId + "-");
    }

    /** Every consumer group of the pipeline; deleted by a reset so that each reads its inputs from the start. */
    public List<String> groups() {
        return List.of(parserApplicationId, deriverApplicationId, sinkGroupId, recordApiGroupId);
    }

    private static String value(Map<String, String> env, String key, String fallback) {
        String value = env.get(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
