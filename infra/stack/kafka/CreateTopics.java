import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics that are missing (one JVM for all of them, instead of one
 * kafka-topics run per topic). Usage: java -cp 'kafka/lib/*' CreateTopics.java
 * BOOTSTRAP NAME:PARTITIONS... Existing topics are left alone; a partition count
 * lower than requested is reported.
 */
public class CreateTopics {
  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    try (Admin admin = Admin.create(props)) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        String[] spec = args[i].split(":");
        int partitions = Integer.parseInt(spec[1]);
        if (!existing.contains(spec[0])) {
          missing.add(new NewTopic(spec[0], partitions, (short) 1));
          continue;
        }
        Map<String, TopicDescription> d =
            admin.describeTopics(List.of(spec[0])).allTopicNames().get(30, TimeUnit.SECONDS);
        int actual = d.get(spec[0]).partitions().size();
        if (actual < partitions) {
          System.out.printf("WARNING: topic %s has %d partitions, %d wanted%n", spec[0], actual, partitions);
        }
      }
      // A topic auto-created by a client in the meantime is fine: ignore "already exists".
      for (var entry : admin.createTopics(missing).values().entrySet()) {
        try {
          entry.getValue().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      System.out.printf("topics: %d created, %d already present%n",
          missing.size(), args.length - 1 - missing.size());
    }
  }
}
