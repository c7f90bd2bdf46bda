package cn.suiji.directory.data;

import cn.suiji.shared.SuijiException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Distinct longs sorted in bounded memory: kept in one array of {@code capacity}; each time it
 * fills, sorted and written to a temporary file as a run; at the end the runs are merged and
 * handed out in ascending order, a batch at a time. For the first load's name-gram keys (some
 * fifteen per target: 15,000,000 at a million targets, 120 MB as longs — more than the heap the
 * import is given), so the table receives them in key order and is only appended to.
 */
final class SortedKeys implements AutoCloseable {
  private final long[] buffer;
  private int size;
  private final List<Path> runs = new ArrayList<>();

  SortedKeys(int capacity) {
    this.buffer = new long[capacity];
  }

  void add(long key) {
    if (size == buffer.length) {
      spill();
    }
    buffer[size++] = key;
  }

  /** Every key added, ascending, in batches of at most {@code batch}. */
  void inOrder(int batch, Consumer<long[]> sink) {
    Arrays.sort(buffer, 0, size);
    if (runs.isEmpty()) {
      for (int from = 0; from < size; from += batch) {
        sink.accept(Arrays.copyOfRange(buffer, from, Math.min(size, from + batch)));
      }
      return;
    }
    spill();
    merge(batch, sink);
  }

  private void spill() {
    Arrays.sort(buffer, 0, size);
    try {
      Path run = Files.createTempFile("suiji-keys", ".run");
      runs.add(run);
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
        for (int i = 0; i < size; i++) {
          out.writeLong(buffer[i]);
        }
      }
    } catch (IOException e) {
      throw new SuijiException(e, "xlsx.error.io", "suiji-keys.run", e.getMessage());
    }
    size = 0;
  }

  /** One run being read: its next key. */
  private static final class Reader {
    final DataInputStream in;
    long head;

    Reader(Path run) throws IOException {
      in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
    }

    boolean next() throws IOException {
      try {
        head = in.readLong();
        return true;
      } catch (EOFException e) {
        in.close();
        return false;
      }
    }
  }

  private void merge(int batch, Consumer<long[]> sink) {
    PriorityQueue<Reader> heads = new PriorityQueue<>((a, b) -> Long.compare(a.head, b.head));
    List<Reader> open = new ArrayList<>();
    try {
      for (Path run : runs) {
        Reader r = new Reader(run);
        open.add(r);
        if (r.next()) {
          heads.add(r);
        }
      }
      long[] out = new long[batch];
      int n = 0;
      while (!heads.isEmpty()) {
        Reader r = heads.poll();
        out[n++] = r.head;
        if (n == batch) {
          sink.accept(out.clone());
          n = 0;
        }
        if (r.next()) {
          heads.add(r);
        }
      }
      if (n > 0) {
        sink.accept(Arrays.copyOf(out, n));
      }
    } catch (IOException e) {
      throw new SuijiException(e, "xlsx.error.io", "suiji-keys.run", e.getMessage());
    } finally {
      for (Reader r : open) {
        try {
          r.in.close();
        } catch (IOException ignored) {
          // a temporary file: deleted below all the same
        }
      }
    }
  }

  /** Deletes the runs. */
  @Override
  public void close() {
    for (Path run : runs) {
      try {
        Files.deleteIfExists(run);
      } catch (IOException ignored) {
        // a temporary file in the system's folder
      }
    }
    runs.clear();
  }
}
