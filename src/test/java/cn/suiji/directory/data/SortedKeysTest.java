package cn.suiji.directory.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The first load's key sorter: every key once, ascending, whether it fits in memory or goes through runs on disk. */
class SortedKeysTest {
  private static List<Long> sorted(int capacity, List<Long> input, int batch) {
    List<Long> out = new ArrayList<>();
    try (SortedKeys keys = new SortedKeys(capacity)) {
      input.forEach(keys::add);
      keys.inOrder(batch, b -> {
        assertThat(b.length).isBetween(1, batch);
        for (long k : b) {
          out.add(k);
        }
      });
    }
    return out;
  }

  @Test
  void keysComeOutAscendingInMemoryAndThroughRuns() throws Exception {
    Random random = new Random(7);
    TreeSet<Long> distinct = new TreeSet<>();
    while (distinct.size() < 10_500) {
      distinct.add(random.nextLong());
    }
    List<Long> shuffled = new ArrayList<>(distinct);
    java.util.Collections.shuffle(shuffled, random);
    List<Long> expected = new ArrayList<>(distinct);
    assertThat(sorted(20_000, shuffled, 777)).isEqualTo(expected);
    long runsBefore = runFiles();
    assertThat(sorted(1_000, shuffled, 777)).as("eleven runs merged").isEqualTo(expected);
    assertThat(sorted(1_000, shuffled.subList(0, 1_000), 50)).isEqualTo(new ArrayList<>(new TreeSet<>(shuffled.subList(0, 1_000))));
    assertThat(sorted(1_000, List.of(), 50)).isEmpty();
    assertThat(runFiles()).as("the runs are deleted").isEqualTo(runsBefore);
  }

  private static long runFiles() throws Exception {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("suiji-keys")).count();
    }
  }
}
