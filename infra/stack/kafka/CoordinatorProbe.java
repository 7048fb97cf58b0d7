import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Proves that every shard of the group coordinator answers writes: for each partition of __consumer_offsets it
 * commits an offset for a probe group that hashes to that partition, then deletes the group. Kafka 4.1's
 * coordinator was seen, after a kill -9, to keep one shard out of service ("state machine ... out of sync with
 * the underlying log"), answering NOT_COORDINATOR to every group of that shard until a clean restart; consumers
 * of those groups then stall. Usage: java -cp 'kafka/lib/*' CoordinatorProbe.java BOOTSTRAP TOPIC SHARDS
 * TIMEOUT_SECONDS (SHARDS: offsets.topic.num.partitions, used until __consumer_offsets exists). Exit 0 when every
 * shard answered, 3 when one did not (each listed), 1 on other errors.
 */
public class CoordinatorProbe {
  private static final String PREFIX = "priceflow-coordinator-probe-";

  public static void main(String[] args) throws Exception {
    String topic = args[1];
    int timeoutSeconds = Integer.parseInt(args[3]);
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutSeconds * 1000);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    long start = System.nanoTime();
    try (Admin admin = Admin.create(props)) {
      int shards = shards(admin, Integer.parseInt(args[2]), timeoutSeconds);
      Map<Integer, String> groups = new LinkedHashMap<>();
      for (int shard = 0; shard < shards; shard++) {
        groups.put(shard, groupOf(shard, shards));
      }
      Map<Integer, KafkaFuture<Void>> commits = new LinkedHashMap<>();
      Map<TopicPartition, OffsetAndMetadata> offset = Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(0));
      groups.forEach((shard, group) ->
          commits.put(shard, admin.alterConsumerGroupOffsets(group, offset).all()));
      List<String> failed = new ArrayList<>();
      for (var entry : commits.entrySet()) {
        String group = groups.get(entry.getKey());
        try {
          entry.getValue().get(timeoutSeconds, TimeUnit.SECONDS);
          admin.deleteConsumerGroups(List.of(group)).all().get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          failed.add("shard " + entry.getKey() + " (group " + group + "): " + e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
          failed.add("shard " + entry.getKey() + " (group " + group + "): no answer in " + timeoutSeconds + " s");
        }
      }
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      if (!failed.isEmpty()) {
        System.out.printf("coordinator: %d of %d shards did not answer a commit (%d ms)%n", failed.size(), shards, ms);
        failed.forEach(System.out::println);
        System.exit(3);
      }
      System.out.printf("coordinator: %d/%d shards answered a commit and a group deletion (%d ms)%n",
          shards, shards, ms);
    }
  }

  /** The partitions of __consumer_offsets; {@code configured} when the topic does not exist yet. */
  private static int shards(Admin admin, int configured, int timeoutSeconds) throws Exception {
    try {
      Map<String, TopicDescription> d = admin.describeTopics(List.of("__consumer_offsets")).allTopicNames()
          .get(timeoutSeconds, TimeUnit.SECONDS);
      return d.get("__consumer_offsets").partitions().size();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return configured;
      }
      throw e;
    }
  }

  /** A group id whose coordinator shard is {@code shard}: Kafka maps a group to abs(hashCode) % shards. */
  static String groupOf(int shard, int shards) {
    for (int n = 0; ; n++) {
      String group = PREFIX + n;
      if ((group.hashCode() & 0x7fffffff) % shards == shard) {
        return group;
      }
    }
  }
}
