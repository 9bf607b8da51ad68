package io.reanimator.deploy.rebuild;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the derived topics, the streams apps' internal topics and the pipeline's consumer groups, and waits
 * until the broker has forgotten the topics, so they can be created again empty. Deleting what is already gone is
 * fine, so a reset can be repeated.
 */
final class KafkaReset {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaReset.class);
    private static final long TIMEOUT_SECONDS = 60;

    private final Admin admin;
    private final DerivedNames names;

    KafkaReset(Admin admin, DerivedNames names) {
        this.admin = admin;
        this.names = names;
    }

    /** @return the topics deleted */
    List<String> run() throws InterruptedException, ExecutionException, TimeoutException {
        deleteGroups();
        List<String> doomed = new ArrayList<>();
        for (String topic : topicNames()) {
            if (names.derivedTopics().contains(topic) || names.isInternalTopic(topic)) {
                doomed.add(topic);
            }
        }
        if (!doomed.isEmpty()) {
            try {
                admin.deleteTopics(doomed).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            awaitGone(doomed);
        }
        LOG.info("Rebuild: deleted topics {} and consumer groups {}", doomed, names.groups());
        return doomed;
    }

    /**
     * Deletes each group. The caller holds the data directory's lock, so no service of this platform runs: members
     * the broker still lists are those of the last run (Kafka Streams does not leave its group on close), whose
     * sessions have not expired yet. They are removed, and the deletion retried until the broker agrees.
     */
    private void deleteGroups() throws InterruptedException, ExecutionException, TimeoutException {
        for (String group : names.groups()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (!deleteGroup(group)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Consumer group " + group + " still has members after "
                            + TIMEOUT_SECONDS + " s: stop every Reanimator service before a rebuild");
                }
                removeMembers(group);
                Thread.sleep(500);
            }
        }
    }

    /** @return false while the group has members */
    private boolean deleteGroup(String group) throws InterruptedException, ExecutionException, TimeoutException {
        try {
            admin.deleteConsumerGroups(List.of(group)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupNotEmptyException) {
                return false;
            }
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return true;
            }
            throw e;
        }
    }

    private void removeMembers(String group) throws InterruptedException, TimeoutException {
        try {
            admin.removeMembersFromConsumerGroup(group, new RemoveMembersFromConsumerGroupOptions()).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.info("Rebuild: removed the stale members of consumer group {}", group);
        } catch (ExecutionException e) {
            // The members may have expired meanwhile, or the group type may not support it: the retry decides.
            LOG.debug("Rebuild: could not remove the members of {}: {}", group, e.getCause().toString());
        }
    }

    private void awaitGone(List<String> topics) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            Set<String> left = topicNames();
            left.retainAll(topics);
            if (left.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("Topics still being deleted after " + TIMEOUT_SECONDS + " s: " + left);
            }
            Thread.sleep(200);
        }
    }

    private Set<String> topicNames() throws InterruptedException, ExecutionException, TimeoutException {
        return new HashSet<>(admin.listTopics(new ListTopicsOptions().listInternal(false)).names()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }
}
